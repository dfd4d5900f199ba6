// Search: hits, jumps into cards and activity pages, marks.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('search finds LUN2501, jumps to its activity and marks it', async ({ page }) => {
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox', { name: 'RMP 内を検索' });
  await box.fill('lun2501');
  await count(page.locator('.rmp-hit-section'), (n) => n > 0, 'hits listed');
  await count(page.getByRole('status').filter({ hasText: '件' }), 1, 'hit count announced');
  await box.press('Enter');
  await page.waitForFunction(() => location.hash === '#activity/lun2501');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'activity-lun2501');
  await until(async () => (await page.locator('#activity-lun2501').getAttribute('class')).includes('rmp-hit'), 'the activity page is highlighted');
  await until(() => page.locator('.rmp-hits').isHidden(), 'the hit list closes after the jump');
});

test('search for text inside a collapsed card opens that card', async ({ page }) => {
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox');
  await box.fill('好中球減少症');
  await page.waitForSelector('.rmp-hits li');
  await page.locator('.rmp-hits a').first().click();
  await page.waitForFunction(() => location.hash.startsWith('#risk/'));
  const id = await page.evaluate(() => location.hash.slice('#risk/'.length));
  await attribute(page.locator(`#rmp-risk-${id}-button`), 'aria-expanded', 'true', `card ${id} opened`);
  await until(() => page.evaluate(() => CSS.highlights.get('rmp-hit')?.size > 0), 'the matched text is marked');
  await box.fill('存在しない語句xyz');
  await page.waitForFunction(() => document.querySelector('.rmp-search-status').textContent === '該当なし');
});

test('search finds text inside an activity page, jumps there and marks it', async ({ page }) => {
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox');
  await box.fill('Event per variable');
  await page.locator('.rmp-hits a').first().click();
  await page.waitForFunction(() => location.hash === '#activity/lun2501');
  await until(() => page.evaluate(() => CSS.highlights.get('rmp-hit')?.size > 0), 'the matched text is marked');
  const marked = await page.evaluate(() => [...CSS.highlights.get('rmp-hit')][0].toString());
  check(marked === 'Event per variable', `marked: ${marked}`);
  await box.fill('集中治療室');
  await page.locator('.rmp-hits a').first().click();
  await page.waitForFunction(() => location.hash === '#activity/conditions-of-use');
});

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

test('search ignores spaces and widths, names a table cell, and finds the template labels', async ({ page }) => {
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox', { name: 'RMP 内を検索' });
  await box.fill('24時間');
  await expect(page.locator('.rmp-hits mark').first()).toHaveText('24 時間');
  await box.fill('ＣＲＳ');
  await expect(page.locator('.rmp-hits mark').first()).toHaveText('CRS');
  await box.fill('16.6');
  const cell = page.locator('.rmp-hits li').filter({ hasText: '15（16.6%）' });
  await expect(cell.locator('.rmp-hit-section')).toContainText('感染症 › ');
  await expect(cell.locator('.rmp-hit-section')).toContainText('Grade');
  await cell.locator('a').click();
  await attribute(page.locator('#rmp-risk-infections-button'), 'aria-expanded', 'true', 'the infections card opened');
  await box.fill('症例数設定根拠');
  await count(page.locator('.rmp-hits li'), (n) => n > 0, 'a label of an activity page');
});

test('arrow keys move through the hits, Esc clears, "/" brings the reader to the box', async ({ page }) => {
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox', { name: 'RMP 内を検索' });
  await expect(box).toHaveAttribute('aria-keyshortcuts', '/');
  await page.locator('.rmp-summary h2').first().click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await page.keyboard.type('LUN2501');
  await expect(box).toHaveValue('LUN2501', { timeout: 15_000 });
  const links = page.locator('.rmp-hits a');
  await count(links, (n) => n >= 2, 'two hits or more');
  await box.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await count(links, 0, 'no hits listed');
  // In a field, "/" is a character like any other.
  await box.type('a/b');
  await expect(box).toHaveValue('a/b');
});

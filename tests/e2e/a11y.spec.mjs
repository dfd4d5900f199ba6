// Accessibility: axe-core over every view.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('axe-core finds no violations in the page drawn ahead, before the wasm: each view, the cards open', async ({ page }) => {
  // The wasm held back: the markup `rmp render` drew is what is read.
  await page.route((u) => u.pathname.endsWith('rmp_viewer_bg.wasm'), () => {});
  for (const place of ['summary', 'overview', 'risks', 'board', 'activity/lun2501', 'matrix', 'plan']) {
    await page.goto('about:blank');
    await page.goto(base + 'dist/index.html#' + place, { waitUntil: 'domcontentloaded' });
    await until(() => page.locator(`[id="${place}"]`).isVisible(), `${place} shows`);
    if (place === 'risks' || place === 'plan') {
      for (const summary of await page.locator(`[id="${place}"] details.rmp-card-details > summary`).all()) await summary.click();
      await count(page.locator(`[id="${place}"] details.rmp-card-details:not([open])`), 0, `${place}: every card open`);
    }
    await audit(page, `drawn ahead: ${place}`);
  }
  // Its search, attached by the small wasm, with its hits listed.
  await until(() => page.locator('#app .rmp-viewer.rmp-attached').count(), 'the search attached');
  await page.getByRole('searchbox').fill('CRS');
  await until(() => page.getByRole('list', { name: '検索結果' }).locator('li').count(), 'hits listed');
  await audit(page, 'drawn ahead: the search with its hits');
});

test('axe-core finds no violations in any view', async ({ page }) => {
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  await audit(page, 'summary');
  await page.goto(base + '#overview');
  await page.waitForSelector('.rmp-overview');
  await audit(page, 'overview');
  await openRisks(page);
  await page.getByRole('button', { name: 'すべて開く' }).click();
  await page.locator('.rmp-card-body').first().waitFor();
  await audit(page, 'cards expanded');
  await page.locator('#risk-infections').getByRole('button', { name: 'グラフ' }).click();
  await audit(page, 'chart');
  await page.goto(base + '#board');
  await page.waitForSelector('.rmp-activity');
  await audit(page, 'board');
  await page.goto(base + '#matrix');
  await page.waitForSelector('.rmp-matrix-table');
  await audit(page, 'matrix');
  for (const id of ['lun2501', 'conditions-of-use', 'routine-rm', 'eppv-iv']) {
    await page.goto(base + '#activity/' + id);
    await page.waitForSelector(`[id="activity-${id}"]`);
    await audit(page, `activity ${id}`);
  }
  await page.goto(base + '#plan');
  await page.waitForSelector('.rmp-lists');
  await audit(page, 'full plan');
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto(base + '#risks');
  await page.waitForSelector('.rmp-card');
  await audit(page, 'English');
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('searchbox').fill('CRS');
  await page.waitForSelector('.rmp-hits li');
  await audit(page, 'search hits');
  await page.goto(base + '?src=tests/fixtures/truncated.json');
  await page.getByRole('alert').waitFor();
  await audit(page, 'error panel');
});

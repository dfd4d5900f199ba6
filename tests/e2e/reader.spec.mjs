// The reader's second day: the keyboard past the header, a focus ring that is
// not the error colour, the language chosen kept, words that fit, and a host
// that leaves out the file picker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, base, check, count, expect, root, settle, test, until } from './fixtures.mjs';

/** The contrast ratio of two `rgb(…)` colours (WCAG 2). */
function contrast(a, b) {
  const lum = (rgb) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('the first Tab reaches a skip link, which takes the focus past the header and the tabs to the page shown', async ({ page }) => {
  await page.goto(base + '#board');
  await count(page.locator('.rmp-card-heading button, .rmp-board'), (n) => n > 0, 'the viewer');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  check(await skip.isVisible(), 'visible while focused');
  await page.keyboard.press('Enter');
  await expect(page.locator('.rmp-main')).toBeFocused();
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement?.closest('.rmp-main') !== null);
  check(inMain, 'the next Tab is inside the page, not in the header');
  check(new URL(page.url()).hash === '#board', `the place kept: ${page.url()}`);
});

test('the focus ring is not the error colour, and stands out 3:1 against the background', async ({ page }) => {
  await page.goto(base + '?src=tests/fixtures/truncated.json');
  const panel = page.locator('.rmp-error');
  await expect(panel).toBeVisible();
  const error = await panel.evaluate((e) => getComputedStyle(e).borderTopColor);
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox');
  await box.focus();
  await page.keyboard.type('C');
  const [ring, background] = await box.evaluate((e) => [getComputedStyle(e).outlineColor, getComputedStyle(e.closest('.rmp-viewer')).backgroundColor]);
  check(ring !== error, `the focus ring ${ring} is not the error colour ${error}`);
  const ratio = contrast(ring, background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : background);
  check(ratio >= 3, `the focus ring's contrast: ${ratio.toFixed(2)}`);
});

test('English chosen is kept: the drawn page opens in English after a reload, and so does the import page\'s viewer', async ({ page }) => {
  await page.goto(base + 'dist/index.html#risks');
  await page.locator('.rmp-lang').click();
  const tab = page.locator('.rmp-tabs').getByRole('link', { name: 'Safety specification', exact: true });
  await count(tab, 1, 'in English');
  await page.reload();
  await count(tab, 1, 'in English after a reload, with no click');
  await count(page.locator('.rmp-card-heading button'), 6, 'the place kept: the risk cards');
  await page.goto(base + 'dist/import.html');
  await attribute(page.locator('#import-viewer'), 'lang', 'en', 'the import page\'s viewer in English');
});

test('one hit is "1 hit", and the search box suggests words that find something', async ({ page }) => {
  await page.goto(base + '?lang=en#summary');
  const box = page.getByRole('searchbox');
  const suggested = (await box.getAttribute('placeholder')).replace(/^e\.g\.\s*/, '').split(/,\s*/);
  check(suggested.length >= 2, `suggestions: ${suggested}`);
  for (const word of suggested) {
    await box.fill(word);
    await until(() => page.locator('.rmp-hits li').count(), `“${word}” finds something`);
  }
  // A query with exactly one hit (the grading note's ASTCT) says so in the singular; two, in the plural.
  await box.fill('ASTCT');
  await settle(() => page.locator('.rmp-search-status').textContent(), (t) => t.trim() === '1 hit', (t) => `one hit reads ${t}`);
  await box.fill('HLH');
  await settle(() => page.locator('.rmp-search-status').textContent(), (t) => t.trim() === '2 hits', (t) => `two hits read ${t}`);
});

test('file-open="false" leaves out the file picker and a file dropped is not opened; without it the picker is there', async ({ page }) => {
  const html = `<!doctype html><meta charset="utf-8"><script type="module" src="rmp-viewer.js"></script>
    <rmp-viewer id="a" src="data/lunsumio.json" file-open="false"></rmp-viewer>
    <rmp-viewer id="b" src="data/lunsumio.json"></rmp-viewer>`;
  await page.route((u) => u.pathname.endsWith('/dist/file-open.html'), (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(base + 'dist/file-open.html');
  const a = page.locator('#a');
  const b = page.locator('#b');
  await count(a.locator('.rmp-header h1'), 1, 'A shows its document');
  await count(b.locator('.rmp-header h1'), 1, 'B shows its document');
  await count(b.locator('.rmp-open input[type=file]'), 1, 'B has the picker');
  await count(a.locator('.rmp-open'), 0, 'A has none');
  check(await a.evaluate((e) => e.fileOpen) === false, 'the property reads false');
  // Switched on again by the property: the picker comes back.
  await a.evaluate((e) => { e.fileOpen = true; });
  await count(a.locator('.rmp-open input[type=file]'), 1, 'A has the picker again');
});

test('compared with another product\'s RMP, the viewer says loudly that these are not two versions', async ({ page }) => {
  const doc = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
  doc.document.product_name = 'カルテリオ';
  doc.document.active_ingredient = 'エルタズマブ';
  await page.route((u) => u.pathname.endsWith('/data/other-product.json'), (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) }));
  await page.goto(base + '?src=data/lunsumio.json&base=data/other-product.json#summary');
  const alert = page.locator('.rmp-changes').getByRole('alert');
  await expect(alert).toContainText('別の製品の RMP');
  await expect(alert).toContainText('販売名：カルテリオ → ルンスミオ');
  await expect(alert).toContainText('有効成分：エルタズマブ → モスネツズマブ（遺伝子組換え）');
  // Two versions of one product: no such alert.
  await page.goto(base + '?src=data/lunsumio.json&base=data/lunsumio-2026-02-25.json#summary');
  await expect(page.locator('.rmp-changes summary')).toBeVisible();
  await expect(page.locator('.rmp-changes [role=alert]')).toHaveCount(0);
});

test('an activity page\'s "back" goes where the reader came from: the risk card, or the board', async ({ page }) => {
  await page.goto(base + '#risk/crs');
  const card = page.locator('#rmp-risk-crs');
  await card.getByRole('link', { name: /LUN2501/ }).first().click();
  const back = page.locator('.rmp-back a');
  await expect(back).toHaveText('安全性検討事項に戻る');
  await back.click();
  await attribute(page.locator('#rmp-risk-crs-button'), 'aria-expanded', 'true', 'back at the open card');
  await page.locator('.rmp-tabs').getByRole('link', { name: '活動の状況', exact: true }).click();
  await page.locator('.rmp-board').getByRole('link', { name: /LUN2501/ }).first().click();
  await expect(back).toHaveText('活動の状況に戻る');
  await back.click();
  await expect(page.locator('.rmp-board')).toBeVisible();
});

test('the board filters routine or additional activities, and says how many the filters hide', async ({ page }) => {
  await page.goto(base + '#board');
  const cards = page.locator('.rmp-board .rmp-activity');
  await count(cards, 10, 'ten activities');
  const status = page.locator('.rmp-filter-status');
  await expect(status).toHaveText('');
  await page.getByLabel('通常／追加').selectOption('additional');
  await count(cards, 8, 'the eight additional ones');
  await expect(status).toHaveText('10 件中 8 件を表示しています（2 件は選んだ条件で非表示）');
  // RM and routine: one left, and LUN2501 hidden is counted.
  await page.getByLabel('計画').selectOption('rm');
  await page.getByLabel('通常／追加').selectOption('routine');
  await count(cards, 1, 'routine RM only');
  await expect(status).toContainText('9 件は選んだ条件で非表示');
  await page.locator('.rmp-lang').click();
  await expect(status).toHaveText('Showing 1 of 10 activities (9 hidden by the filters)');
});

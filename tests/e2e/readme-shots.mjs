// The README's screenshots (docs/screenshots/*.jpg), from the built page: `make screenshots`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, launch, root } from './launch.mjs';

const { server, browser } = await launch();
for (const [name, hash, w, h, act] of [
  ['summary', '#summary', 1280, 900], ['overview', '#overview', 1280, 900], ['risk', '#risk/infections', 1280, 1100],
  ['chart', '#risk/infections', 1280, 1100, 'chart'], ['board', '#board', 1280, 1100], ['matrix', '#matrix', 1280, 900],
  ['search', '#summary', 1280, 700, 'search'], ['phone', '#risk/crs', 375, 800, 'table'],
  ['phone-chart', '#risk/infections', 320, 800, 'chart'], ['phone-matrix', '#matrix', 375, 800],
  ['activity', '#activity/lun2501', 1280, 1100, 'page'], ['conditions', '#activity/conditions-of-use', 1280, 1100, 'page'],
  ['checklist', '#activity/conditions-of-use', 1280, 1000, 'checklist']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`${base}${hash}`);
  await page.waitForSelector('.rmp-root');
  if (act === 'chart') { await page.locator('#risk-infections').getByRole('button', { name: 'グラフ' }).click(); }
  if (act === 'search') { await page.getByRole('searchbox').fill('LUN2501'); await page.waitForSelector('.rmp-hits li'); }
  if (act === 'page') await page.waitForSelector('.rmp-activity-page');
  if (act === 'checklist') {
    const boxes = page.locator('.rmp-checklist input[type=checkbox]');
    for (const i of [0, 1, 2, 3]) await boxes.nth(i).check();
    await page.getByLabel('確認者').fill('薬剤部 山田');
    await page.getByLabel('確認日').fill('2026-11-30');
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.rmp-checklist').getBoundingClientRect().top + scrollY - 8));
  }
  await page.waitForTimeout(500);
  if (act === 'table') await page.evaluate(() => window.scrollTo(0, document.querySelector('.rmp-card-body:not([hidden]) table').getBoundingClientRect().top + scrollY - 8));
  else if (hash.startsWith('#risk/') && act !== 'search') await page.evaluate(() => window.scrollTo(0, document.querySelector('.rmp-card-body:not([hidden])').getBoundingClientRect().top + scrollY - 120));
  if (act === 'page') await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, document.querySelector('.rmp-back').getBoundingClientRect().top + scrollY - 16); });
  await page.screenshot({ path: `${root}/docs/screenshots/${name}.jpg`, type: 'jpeg', quality: 70 });
  await page.close();
}
// The import page with the seed's text imported.
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${base}import.html`);
  await page.locator('#import-text').fill(readFileSync(join(root, 'crates', 'import', 'tests', 'fixtures', 'lunsumio-2026-03-23.txt'), 'utf8'));
  await page.locator('#import-run').click();
  await page.locator('#import-viewer').locator('.rmp-draft').waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, document.getElementById('import-status').getBoundingClientRect().top + scrollY - 8));
  await page.screenshot({ path: `${root}/docs/screenshots/import.jpg`, type: 'jpeg', quality: 70 });
  await page.close();
}
// The catalog, searched; and a document with its changes since the previous version.
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}?catalog=data/catalog.json`);
  await page.getByLabel('すべての RMP を検索').fill('市販直後調査');
  await page.locator('.rmp-shelf-search .rmp-search-results li').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${root}/docs/screenshots/catalog.jpg`, type: 'jpeg', quality: 70 });
  await page.goto(`${base}?catalog=data/catalog.json#rmp/lunsumio/risks`);
  await page.locator('.rmp-changes li').first().waitFor();
  await page.setViewportSize({ width: 1280, height: 1200 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${root}/docs/screenshots/changes.jpg`, type: 'jpeg', quality: 70 });
  await page.close();
}
await browser.close(); server.kill();

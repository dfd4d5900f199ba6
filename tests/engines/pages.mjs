// The pages a reader opens: the standalone page's every view, the page drawn
// ahead of time and its first controls, the embed page, the catalog and the
// import page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { until } from './webdriver.mjs';
import { activities, concerns, inViewer, lunsumio, noErrors, open, root, squeeze } from './page.mjs';

/** Every string of `value` a reader is shown, walked (ids, ISO dates and product references left out). */
function strings(value, key = '') {
  if (typeof value === 'string') return ['id', 'date', 'ref', 'label'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return key === 'products' && value.every((v) => typeof v === 'string') ? [] : value.flatMap((v) => strings(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** Waits until the text of what `scope` (a script expression) finds holds every one of `words`; names the missing. */
async function shows(s, scope, words, what) {
  await until(async () => {
    const text = await s.run(`const el = ${scope}; return el ? el.textContent : null`);
    if (text === null) return false;
    const missing = words.filter((w) => !squeeze(text).includes(squeeze(w)));
    if (missing.length) throw new Error(`${missing.length} of ${words.length} missing, first: ${missing[0]}`);
    return true;
  }, what);
}

const names = (list) => list.map((x) => x.name);
const tab = (view) => `return document.querySelector('#app .rmp-tab[href="#${view}"]')`;

export const checks = [
  ['the standalone page: each view by its tab holds the document\'s own words; an activity page by its link', async (s, at) => {
    await open(s, `${at.site}/#summary`);
    await shows(s, `document.querySelector('#app .rmp-summary')`, [lunsumio.summary.title, ...names(lunsumio.summary.identified_risks), ...names(lunsumio.summary.pv_additional)], 'the summary');
    const views = [
      ['overview', '.rmp-overview', strings(lunsumio.overview)],
      ['risks', '.rmp-risks, .rmp-main', names(concerns)],
      ['board', '.rmp-board', names(activities)],
      ['matrix', '.rmp-matrix', names(concerns)],
      ['plan', '.rmp-plan', names(activities)],
    ];
    for (const [view, selector, words] of views) {
      await s.click(await s.element(tab(view)));
      await until(() => s.run(`return location.hash === '#${view}'`), `#${view} in the URL`);
      await shows(s, `document.querySelector('#app ${selector.split(', ').join(', #app ')}')`, words, `the ${view} view (${words.length} strings)`);
    }
    await s.click(await s.element(tab('board')));
    await s.click(await s.element(`return document.querySelector('#board-lun2501 h4 a')`));
    const lun2501 = activities.find((a) => a.id === 'lun2501');
    await shows(s, `document.querySelector('.rmp-activity-page')`, [lun2501.name], 'the LUN2501 page');
    await noErrors(s);
  }],
  ['the drawn page (dist/index.html): six cards before the viewer, its search answers, a card opens, the language switch brings the viewer', async (s, at) => {
    await open(s, `${at.site}/dist/index.html#risks`);
    await until(() => s.run(`return document.querySelectorAll('#risks details.rmp-card-details').length === ${concerns.length}`), 'the drawn cards');
    await until(() => s.run(`return !!document.querySelector('#app .rmp-viewer.rmp-attached')`), 'the search attached');
    await s.type(await s.element(`return document.querySelector('#app input[type=search]')`), 'LUN2501');
    await until(() => s.run(`return document.querySelectorAll('#app .rmp-hits li').length > 0`), 'search hits');
    await s.click(await s.element(`return document.querySelector('#risks details[data-risk="infections"] summary')`));
    await until(() => s.run(`return document.querySelector('#risks details[data-risk="infections"]')?.open`), 'the card opened');
    await s.click(await s.element(`return document.querySelector('#app .rmp-lang')`));
    await until(() => s.run(`return [...document.querySelectorAll('#app .rmp-tab')].some((t) => t.textContent === 'Safety specification')`), 'the viewer, in English');
    await until(() => s.run(`return document.querySelectorAll('details.rmp-card-details').length === 0 && document.querySelector('#rmp-risk-infections-button')?.getAttribute('aria-expanded') === 'true'`), 'the viewer took over, the opened card still open');
    await noErrors(s);
  }],
  ['embed.html: two viewers, each in its language and view, the host hears both', async (s, at) => {
    await open(s, `${at.site}/dist/embed.html`);
    await until(() => s.run(`return document.querySelectorAll('#portal-log [data-type="rmp-ready"]').length >= 2`), 'two rmp-ready in the portal\'s log');
    await until(() => s.run(`return ${inViewer('viewer-a', '#rmp-risk-infections-button')}?.getAttribute('aria-expanded') === 'true'`), 'viewer A: the infections card open');
    await until(() => s.run(`return [...${inViewer('viewer-b', 'h2, h3', true)}].some((h) => h.textContent.includes('Activity status'))`), 'viewer B: the board in English');
  }],
  ['the catalog: a row per document; one opened shows what changed; the way back; the search across documents jumps to an activity', async (s, at) => {
    const catalog = await (await fetch(`${at.site}/data/catalog.json`)).json();
    await open(s, `${at.site}/?catalog=data/catalog.json`);
    const rows = `document.querySelectorAll('.rmp-shelf-table tbody tr').length === ${catalog.documents.length}`;
    await until(() => s.run(`return ${rows}`), 'a row per document');
    await s.click(await s.element(`return document.querySelector('.rmp-shelf-table tbody tr th a')`));
    await until(() => s.run(`return document.querySelector('.rmp-changes summary')?.textContent.includes('以降の変更')`), 'what changed since the previous version');
    await s.click(await s.element(`return [...document.querySelectorAll('a')].find((a) => a.textContent.includes('RMP 一覧に戻る'))`));
    await until(() => s.run(`return ${rows}`), 'back at the list');
    await s.type(await s.element(`return document.querySelector('.rmp-shelf-search input')`), 'LUN2501');
    await until(() => s.run(`return document.querySelectorAll('.rmp-shelf-search .rmp-search-results li a').length > 0`), 'hits across the documents');
    await s.click(await s.element(`return document.querySelector('.rmp-shelf-search .rmp-search-results li a')`));
    await until(() => s.run(`return location.hash === '#rmp/lunsumio/activity/lun2501' && !!document.querySelector('#activity-lun2501')`), 'the activity\'s page');
    await noErrors(s);
  }],
  ['the import page: a text file chosen becomes a draft with its review list; every item accepted offers the finished document; a line of the text shows its value', async (s, at) => {
    await open(s, `${at.site}/dist/import.html`);
    await s.type(await s.element(`return document.querySelector('#import-file')`), join(root, 'crates', 'import', 'tests', 'fixtures', 'lunsumio-2026-03-23.txt'));
    await imported(s);
    await until(() => s.run(`return ${inViewer('import-viewer', 'h1')}?.textContent.includes('ルンスミオ')`), 'the draft in the viewer');
    await until(() => s.run(`return document.querySelectorAll('#review-list > li').length === Number(document.querySelector('#review-count').textContent)`), 'the review list, as counted');
    // Each item accepted where it is shown: the count goes to 0 and the finished document can be had.
    await until(() => s.run(`const b = [...document.querySelectorAll('#review-list button')].find((x) => x.textContent === '確認した / Accept'); b?.click(); return !b;`), 'every item accepted');
    await until(() => s.run(`return document.querySelector('#review-count').textContent === '0' && !document.querySelector('#download-finished').disabled`), 'the finished document offered');
    // A line of the text opens its value in the viewer.
    await s.run(`document.querySelector('#source-lines li.imp-placed:nth-of-type(40)')?.click()`);
    await until(() => s.run(`return document.querySelector('#source-said').textContent.includes('この値の元')`), 'the value of a source line shown');
    await noErrors(s);
  }],
  ['the import page: the seed\'s PDF chosen is read by pdf.js in this engine into the whole draft', async (s, at) => {
    await open(s, `${at.site}/dist/import.html`);
    await s.type(await s.element(`return document.querySelector('#import-file')`), await seedPdfFile());
    await imported(s);
    await until(() => s.run(`return ${inViewer('import-viewer', 'h1')}?.textContent.includes('ルンスミオ')`), 'the draft in the viewer');
    const summary = await s.run(`return document.querySelector('#import-summary').textContent`);
    if (!summary.includes('801 lines placed, 0 not placed') || !summary.includes('144 emitted, 0 withheld')) throw new Error(`the PDF's draft: ${summary}`);
    await noErrors(s);
  }],
];

/** Waits for the import page's draft; else fails with what the page says (its status, its error, the file chosen). */
async function imported(s) {
  let said = '';
  try {
    await until(async () => {
      said = await s.run(`return [document.querySelector('#import-status').textContent, document.querySelector('#import-error').textContent, document.querySelector('#import-file').files.length + ' file(s) chosen']`);
      return /確認が必要な項目 \d+ 件/.test(said[0]);
    }, 'the import\'s draft', 60_000);
  } catch (e) {
    throw new Error(`${e.message}; the page says: ${JSON.stringify(said)}`);
  }
}

/** The seed printed as a PDF by Chromium (as tests/e2e/pdf.spec.mjs prints it), once per run. */
let seedPdfPath = null;
async function seedPdfFile() {
  if (seedPdfPath) return seedPdfPath;
  const { chromium } = await import('../e2e/node_modules/playwright-core/index.mjs');
  const { chromiumOptions } = await import('../e2e/launch.mjs');
  const { seedPdf } = await import('../e2e/seed-pdf.mjs');
  const browser = await chromium.launch(chromiumOptions);
  try {
    const path = join(root, 'target', 'engines-seed.pdf');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await seedPdf(await browser.newPage()));
    seedPdfPath = path;
  } finally {
    await browser.close();
  }
  return seedPdfPath;
}

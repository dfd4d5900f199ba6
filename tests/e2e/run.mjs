// End-to-end tests in headless Chromium against the built page served on localhost.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, base, expect, finish, root, shots, test } from './harness.mjs';
import { embedSuite } from './embed.mjs';
import { reachSuite } from './reach.mjs';

const dataset = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
const risks = dataset.safety_specification.identified_risks;

async function openRisks(page, hash = '#risks') {
  await page.goto(base + hash);
  await page.waitForSelector('.rmp-card-heading button');
}

await test('the default RMP shows six risk cards with the right names', async (page) => {
  await openRisks(page);
  const names = await page.locator('.rmp-card-heading button').allTextContents();
  expect(JSON.stringify(names) === JSON.stringify(risks.map((r) => r.name)), `got ${JSON.stringify(names)}`);
  const none = await page.locator('.rmp-category .rmp-none').count();
  expect(none === 3, `potential risks, missing information and efficacy show なし (${none})`);
});

await test('a card opens and closes with a click and with the keyboard', async (page) => {
  await openRisks(page);
  const button = page.getByRole('button', { name: '感染症', exact: true });
  expect(await button.getAttribute('aria-expanded') === 'false', 'starts closed');
  const panel = page.locator('#' + await button.getAttribute('aria-controls'));
  expect(await panel.getAttribute('hidden') === 'until-found', 'collapsed body is hidden="until-found"');
  await button.click();
  expect(await button.getAttribute('aria-expanded') === 'true', 'click opens');
  expect(await panel.isVisible(), 'body visible');
  expect(page.url().endsWith('#risk/infections'), `URL names the open card: ${page.url()}`);
  await button.focus();
  await page.keyboard.press('Enter');
  expect(await button.getAttribute('aria-expanded') === 'false', 'Enter closes');
  await page.keyboard.press('Space');
  expect(await button.getAttribute('aria-expanded') === 'true', 'Space opens');
});

await test('a deep link opens its card', async (page) => {
  await openRisks(page, '#risk/tumor-flare');
  const button = page.getByRole('button', { name: '腫瘍フレア', exact: true });
  expect(await button.getAttribute('aria-expanded') === 'true', 'opened by the link');
});

await test('every incidence number of the document appears in its table', async (page) => {
  await openRisks(page);
  await page.getByRole('button', { name: 'すべて開く' }).click();
  for (const [i, risk] of risks.entries()) {
    const table = page.locator('.rmp-card').nth(i).locator('table.rmp-incidence');
    const cells = await table.locator('tbody td').allTextContents();
    const expected = risk.incidence.flatMap((t) => t.events.flatMap((e) => e.grades.flatMap((g) => g.cells.map((c) => c.percent ? `${c.n}（${c.percent}%）` : `${c.n}`))));
    expect(cells.length === expected.length, `${risk.name}: ${cells.length} cells, expected ${expected.length}`);
    expected.forEach((text, k) => expect(cells[k].startsWith(text), `${risk.name} cell ${k}: "${cells[k]}" should start with "${text}"`));
    const headers = await table.locator('thead th[scope="col"]').allTextContents();
    expect(headers.length === 6 && headers[5].includes('（135例）'), `cohort headers: ${headers}`);
    const caption = await table.locator('caption').textContent();
    expect(caption === risk.incidence[0].intro, `caption: ${caption}`);
  }
  const flagged = await page.locator('td.rmp-flagged').allTextContents();
  expect(flagged.length === 1 && flagged[0].includes('16.7'), `one mismatch flagged with 16.7: ${flagged}`);
});

await test('the English toggle changes labels, not the document', async (page) => {
  await openRisks(page);
  await page.getByRole('button', { name: 'English' }).click();
  expect(await page.getByRole('heading', { name: 'Important identified risks' }).count() === 1, 'English heading');
  expect(await page.getByRole('button', { name: 'サイトカイン放出症候群' }).count() === 1, 'names stay as written');
  expect(await page.locator('.rmp-root').getAttribute('lang') === 'en', 'lang attribute');
});

await test('the board shows activities by status, including the completed IV EPPV', async (page) => {
  await page.goto(base + '#board');
  await page.waitForSelector('.rmp-activity');
  const completed = await page.locator('.rmp-column').nth(3).locator('.rmp-activity h4').allTextContents();
  expect(completed.length === 2 && completed[0].includes('点滴静注製剤'), `completed: ${completed}`);
  const ongoing = await page.locator('.rmp-column').nth(2).locator('.rmp-activity').count();
  expect(ongoing === 6, `ongoing: ${ongoing}`);
});

await test('search finds LUN2501, jumps to its activity and marks it', async (page) => {
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox', { name: 'RMP 内を検索' });
  await box.fill('lun2501');
  await page.waitForSelector('.rmp-hits li');
  const sections = await page.locator('.rmp-hit-section').allTextContents();
  expect(sections.length > 0, 'hits listed');
  expect(await page.getByRole('status').filter({ hasText: '件' }).count() === 1, 'hit count announced');
  await box.press('Enter');
  await page.waitForFunction(() => location.hash === '#activity/lun2501');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'activity-lun2501');
  expect(await page.locator('#activity-lun2501').getAttribute('class').then((c) => c.includes('rmp-hit')), 'the activity is highlighted');
  expect(await page.locator('.rmp-hits').isHidden(), 'the hit list closes after the jump');
});

await test('search for text inside a collapsed card opens that card', async (page) => {
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox');
  await box.fill('好中球減少症');
  await page.waitForSelector('.rmp-hits li');
  await page.locator('.rmp-hits a').first().click();
  await page.waitForFunction(() => location.hash.startsWith('#risk/'));
  const id = await page.evaluate(() => location.hash.slice('#risk/'.length));
  expect(await page.locator(`#rmp-risk-${id}-button`).getAttribute('aria-expanded') === 'true', `card ${id} opened`);
  const marked = await page.evaluate(() => (window.CSS && CSS.highlights && CSS.highlights.has('rmp-hit')) || false);
  expect(marked, 'the matched text is marked');
  await box.fill('存在しない語句xyz');
  await page.waitForFunction(() => document.querySelector('.rmp-search-status').textContent === '該当なし');
});

await test('a large document draws a card body when it first opens, and every body to print', async (page) => {
  // 14 concerns, 8 of them generated with 20 cohorts × 10 events: 3,344 cells, above the eager limit.
  const large = execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'synth', '--risks', '14', '--cohorts', '20', '--events', '10', '--activities', '12'], { cwd: root, maxBuffer: 64 << 20 });
  await page.route((u) => u.pathname.endsWith('/fixtures/large.json'), (r) => r.fulfill({ body: large, contentType: 'application/json' }));
  await page.goto(base + '?src=tests/fixtures/large.json#risks');
  await page.waitForSelector('.rmp-card-heading button');
  expect(await page.locator('.rmp-card-heading').count() === 14, 'fourteen cards');
  expect(await page.locator('.rmp-card-body table').count() === 0, 'no body drawn before a card opens');
  const last = page.locator('.rmp-card-heading button').last();
  await last.click();
  const body = page.locator('.rmp-card-body').last();
  expect(await body.locator('thead th[scope=col]').count() >= 20, 'the opened card shows its table');
  await last.click();
  expect(await body.getAttribute('hidden') === 'until-found' && (await body.locator('table').count()) === 1, 'closing hides the body and keeps it');
  // The search box finds text in bodies not drawn yet, opens the card and marks the text.
  await page.getByRole('searchbox').fill('合成リスク 13は');
  await page.waitForSelector('.rmp-hits li');
  await page.locator('.rmp-hits a').first().click();
  await page.waitForFunction(() => location.hash === '#risk/synthetic-risk-13');
  expect(await page.locator('#rmp-risk-synthetic-risk-13-button').getAttribute('aria-expanded') === 'true', 'card 13 opened');
  await page.waitForFunction(() => CSS.highlights.get('rmp-hit')?.size > 0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelectorAll('.rmp-card-body table').length === 14);
});

await test('a table switches to a chart with a text alternative, and downloads as CSV', async (page) => {
  await openRisks(page, '#risk/infections');
  const card = page.locator('#risk-infections');
  const toggle = card.getByRole('button', { name: 'グラフ' });
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed') === 'true', 'pressed');
  const chart = card.getByRole('img');
  expect(await chart.count() === 1, 'one chart');
  expect(await card.locator('table.rmp-incidence').isHidden(), 'table hidden');
  const desc = await chart.evaluate((svg) => svg.getRootNode().getElementById(svg.getAttribute('aria-describedby')).textContent);
  expect(desc.includes('46（51.1%）') && desc.includes('15（16.6%）'), `description: ${desc.slice(0, 120)}`);
  // Opening and closing another card leaves this one as the reader set it.
  await page.locator('#rmp-risk-crs-button').click();
  await page.locator('#rmp-risk-crs-button').click();
  expect(await toggle.getAttribute('aria-pressed') === 'true' && await chart.count() === 1, 'the chart stays after another card moves');
  await toggle.press('Enter');
  expect(await card.locator('table.rmp-incidence').isVisible(), 'table back');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'CSV をダウンロード' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0] === 'risk,event,grade,study,cohort,route,N,n,percent', `header: ${lines[0]}`);
  expect(lines.length === 13 && lines[1].startsWith('感染症,感染症,all,GO29781,'), `rows: ${lines.length} ${lines[1]}`);
  expect(download.suggestedFilename().endsWith('.csv'), download.suggestedFilename());
});

await test('the board filters by plan and by risk, and draws a timeline with today', async (page) => {
  await page.goto(base + '#board');
  await page.waitForSelector('.rmp-activity');
  const all = await page.locator('.rmp-activity').count();
  await page.getByLabel('計画').selectOption('rm');
  const kinds = await page.locator('.rmp-board .rmp-kind').allTextContents();
  expect(kinds.length > 0 && kinds.length < all && kinds.every((k) => !k.includes('調査') || k.includes('情報提供')), `RM only: ${kinds}`);
  await page.getByLabel('計画').selectOption('');
  await page.getByLabel('安全性検討事項').selectOption('infections');
  const names = await page.locator('.rmp-board .rmp-activity h4').allTextContents();
  expect(names.length > 0 && !names.some((n) => n.includes('LUN2501')), `infections: ${names}`);
  await page.getByLabel('安全性検討事項').selectOption('');
  expect(await page.locator('.rmp-tl-now').count() === 1, 'today on the axis');
  expect(await page.locator('.rmp-tl-today').count() > 0, 'today marker on each row');
  const undated = await page.locator('.rmp-tl-undated').textContent();
  expect(undated.includes('販売開始'), 'undated milestones listed as text');
});

await test('overview, change history and the matrix', async (page) => {
  await page.goto(base + '#overview');
  await page.waitForSelector('.rmp-overview');
  const text = await page.locator('.rmp-overview').textContent();
  for (const p of dataset.overview.products) expect(text.includes(p.approval_number) && text.includes(p.brand_name), p.brand_name);
  expect(text.includes(dataset.change_history[0].reason), 'change reason');
  await page.getByRole('link', { name: 'リスク×活動' }).click();
  await page.waitForSelector('.rmp-matrix-table');
  const rows = await page.locator('.rmp-matrix-table tbody tr').count();
  expect(rows === 6, `rows ${rows}`);
  const lun = page.locator('.rmp-matrix-table thead th').filter({ hasText: 'LUN2501' });
  expect(await lun.count() === 1, 'LUN2501 column');
});

await test('a broken file shows the error panel: ?src=, 404, file picker and drop', async (page) => {
  await page.goto(base + '?src=tests/fixtures/truncated.json');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  let text = await alert.textContent();
  expect(text.includes('truncated') && /行 \d+, 列 \d+/.test(text), `truncated: ${text}`);
  await page.goto(base + '?src=tests/fixtures/missing.json');
  await alert.waitFor();
  text = await alert.textContent();
  expect(text.includes('missing.json') && text.includes('404'), `404: ${text}`);
  expect(await page.getByRole('button', { name: '再試行' }).count() === 1, 'retry offered');
  await page.getByRole('button', { name: '既定の RMP を表示' }).click();
  await page.waitForSelector('.rmp-root h1');
  await page.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format_version": 1, "document": 5}') });
  await alert.waitFor();
  text = await alert.textContent();
  expect(text.includes('bad.json') && text.includes('document'), `picker: ${text}`);
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'good.json', { type: 'application/json' }));
    document.querySelector('.rmp-viewer').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
  await page.waitForSelector('.rmp-root h1');
  expect(await page.getByRole('alert').count() === 0, 'a good file replaces the error');
});

await test('hostile strings stay text: no script runs, no request leaves, long words wrap', async (page) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const doc = JSON.parse(JSON.stringify(dataset));
  const risk = doc.safety_specification.identified_risks[0];
  risk.name = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\u202eevil\u200b';
  risk.reason = ['javascript:window.__pwned = 3', '<a href="javascript:window.__pwned=4">click</a>', 'x'.repeat(400)];
  doc.summary.identified_risks[0].name = risk.name;
  doc.document.product_name = '<style>*{display:none}</style>';
  const rm = doc.rm_plan.additional;
  rm[0].url = 'javascript:window.__pwned = 5';
  rm[1].url = 'https://example.org/guide.pdf';
  rm[2].url = 'data:text/html,<script>window.__pwned = 6</script>';
  rm[3].url = 'java\tscript:window.__pwned = 7';
  // A custom property the stylesheet reads, set to something that would fetch.
  await page.evaluate(() => document.documentElement.style.setProperty('--rmp-font-size', 'url(https://evil.example/x)'));
  await page.locator('input[type=file]').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.waitForSelector('.rmp-summary');
  await page.getByRole('link', { name: '活動の状況', exact: true }).click();
  const links = await page.locator('.rmp-activity dd a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(JSON.stringify(links) === JSON.stringify(['https://example.org/guide.pdf']), `only the https material is a link: ${links}`);
  const shown = await page.locator('.rmp-unsafe-link').allTextContents();
  expect(shown.length === 3 && shown[0] === 'javascript:window.__pwned = 5', `the others are text: ${shown}`);
  const warnings = await page.locator('.rmp-warnings').textContent();
  expect(warnings.includes('unsafe-link') || warnings.includes('https:'), `the reader is told: ${warnings}`);
  await page.getByRole('link', { name: '安全性検討事項' }).click();
  const card = page.locator('.rmp-card-heading button').first();
  await card.click();
  expect((await card.textContent()).includes('<script>'), 'the name shows as text');
  expect(await page.locator('.rmp-root img, .rmp-root script, .rmp-root style, .rmp-card-body a[href^="javascript"]').count() === 0, 'no element made from content');
  expect(await page.evaluate(() => window.__pwned) === undefined, 'no script ran');
  const overflow = await page.locator('.rmp-card-body').first().evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(overflow, 'a 400-character word wraps inside the card');
  expect(requests.every((u) => u.startsWith(base)), `requests left the page: ${requests.filter((u) => !u.startsWith(base))}`);
  expect(requests.every((u) => !u.endsWith('/x')), 'the img was never requested');
});

await test('fetch failures name the URL and the status, offer a retry; a slow server keeps the placeholder', async (page) => {
  const alert = page.getByRole('alert');
  await page.route((u) => u.pathname.endsWith('/fixtures/error500.json'), (r) => r.fulfill({ status: 500, body: 'oops' }));
  await page.goto(base + '?src=tests/fixtures/error500.json');
  await alert.waitFor();
  expect((await alert.textContent()).includes('error500.json') && (await alert.textContent()).includes('500'), await alert.textContent());
  // A portal's HTML error page, served with status 200.
  await page.route((u) => u.pathname.endsWith('/fixtures/login.json'), (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Please sign in</body></html>' }));
  await page.goto(base + '?src=tests/fixtures/login.json');
  await alert.waitFor();
  expect((await alert.textContent()).includes('not-json'), `HTML page: ${await alert.textContent()}`);
  await page.route((u) => u.pathname.endsWith('/fixtures/offline.json'), (r) => r.abort('internetdisconnected'));
  await page.goto(base + '?src=tests/fixtures/offline.json');
  await alert.waitFor();
  expect((await alert.textContent()).includes('offline.json'), await alert.textContent());
  expect(await page.getByRole('button', { name: '再試行' }).count() === 1, 'retry');
  const other = base.replace('127.0.0.1', 'localhost') + 'data/lunsumio.json';
  await page.goto(base + '?src=' + encodeURIComponent(other));
  await alert.waitFor();
  expect((await alert.textContent()).includes('CORS'), `cross-origin: ${await alert.textContent()}`);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route((u) => u.pathname.endsWith('/fixtures/slow.json'), async (r) => { await gate; await r.fulfill({ path: join(root, 'data', 'lunsumio.json'), contentType: 'application/json' }); });
  await page.goto(base + '?src=tests/fixtures/slow.json');
  await page.locator('.rmp-loading[role=status]').waitFor();
  expect(await page.locator('.rmp-root').count() === 0, 'nothing drawn while waiting');
  release();
  await page.waitForSelector('.rmp-root');
  expect(await page.locator('.rmp-root').count() === 1, 'drawn once');
});

await test('a timeout, a 50 MB file and 1,000-deep nesting each get a message, and the tab stays responsive', async (page) => {
  const alert = page.getByRole('alert');
  // No answer at all: after 30 s (the page's clock, fast-forwarded) the request is given up.
  await page.clock.install();
  await page.route((u) => u.pathname.endsWith('/fixtures/never.json'), () => {});
  await page.goto(base + '?src=tests/fixtures/never.json');
  await page.locator('.rmp-loading[role=status]').waitFor();
  await page.clock.runFor(29_000);
  expect(await alert.count() === 0, 'still waiting at 29 s');
  await page.clock.runFor(2_000);
  await alert.waitFor();
  let text = await alert.textContent();
  expect(text.includes('never.json') && text.includes('30') && text.includes('timeout'), `timeout: ${text}`);
  expect(await page.getByRole('button', { name: '再試行' }).count() === 1, 'retry offered');

  const big = Buffer.alloc(50 << 20, 0x20);
  await page.route((u) => u.pathname.endsWith('/fixtures/big.json'), (r) => r.fulfill({ body: big, contentType: 'application/json' }));
  await page.goto(base + '?src=tests/fixtures/big.json');
  await alert.waitFor();
  text = await alert.textContent();
  expect(text.includes('too-large') && text.includes('16'), `50 MB: ${text}`);

  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const deep = `{"format_version": ${'['.repeat(1000)}${']'.repeat(1000)}}`;
  await page.locator('input[type=file]').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await alert.waitFor();
  text = await alert.textContent();
  expect(text.includes('too-deep') && text.includes('deep.json'), `1,000 deep: ${text}`);
  const started = Date.now();
  await page.getByRole('button', { name: /既定|built-in/ }).click();
  await page.waitForSelector('.rmp-root');
  expect(Date.now() - started < 10_000, 'the tab answers at once');
});

await test('the language choice persists across visits', async (page) => {
  await page.goto(base + '#summary');
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await page.waitForSelector('.rmp-root');
  expect(await page.locator('.rmp-root').getAttribute('lang') === 'en', 'English after reload');
  await page.getByRole('button', { name: '日本語' }).click();
});

await test('print: every card expanded; the summary fits one A4 page', async (page) => {
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = Number((pdf.toString('latin1').match(/\/Count (\d+)/) || [])[1]);
  expect(pages === 1, `summary prints on ${pages} pages`);
  await openRisks(page);
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.locator('.rmp-card-body').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display === 'none').length);
  expect(hidden === 0, `${hidden} card bodies hidden in print`);
});

await test('axe-core finds no violations in any view', async (page) => {
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

await test('screenshots of the main views at 1280 and 375 px', async (page) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, hash] of [['summary', '#summary'], ['overview', '#overview'], ['risk', '#risk/crs'], ['board', '#board'], ['matrix', '#matrix']]) {
      await page.goto(base + hash);
      await page.waitForSelector('.rmp-root');
      await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
    }
  }
});

await embedSuite();
await reachSuite();
await finish();

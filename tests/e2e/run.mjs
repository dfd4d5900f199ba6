// End-to-end tests in headless Chromium against the built page served on localhost.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, count, expect, finish, root, settle, shots, test, until } from './harness.mjs';
import { embedSuite } from './embed.mjs';
import { reachSuite } from './reach.mjs';
import { trustSuite } from './trust.mjs';

const dataset = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
const risks = dataset.safety_specification.identified_risks;

/** Pages in a PDF from Chromium: the root of the page tree counts them all (the largest /Count). */
const pageCount = (pdf) => Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));

async function openRisks(page, hash = '#risks') {
  await page.goto(base + hash);
  await page.waitForSelector('.rmp-card-heading button');
}

await test('the default RMP shows six risk cards with the right names', async (page) => {
  await openRisks(page);
  const expected = JSON.stringify(risks.map((r) => r.name));
  await settle(() => page.locator('.rmp-card-heading button').allTextContents(), (names) => JSON.stringify(names) === expected, 'the six names in order');
  await count(page.locator('.rmp-category .rmp-none'), 3, 'potential risks, missing information and efficacy show なし');
});

await test('a card opens and closes with a click and with the keyboard', async (page) => {
  await openRisks(page);
  const button = page.getByRole('button', { name: '感染症', exact: true });
  await attribute(button, 'aria-expanded', 'false', 'starts closed');
  const panel = page.locator('#' + await button.getAttribute('aria-controls'));
  await attribute(panel, 'hidden', 'until-found', 'collapsed body is hidden="until-found"');
  await button.click();
  await attribute(button, 'aria-expanded', 'true', 'click opens');
  await until(() => panel.isVisible(), 'body visible');
  await until(() => page.url().endsWith('#risk/infections'), 'URL names the open card');
  await button.focus();
  await page.keyboard.press('Enter');
  await attribute(button, 'aria-expanded', 'false', 'Enter closes');
  await page.keyboard.press('Space');
  await attribute(button, 'aria-expanded', 'true', 'Space opens');
});

await test('a deep link opens its card', async (page) => {
  await openRisks(page, '#risk/tumor-flare');
  const button = page.getByRole('button', { name: '腫瘍フレア', exact: true });
  await attribute(button, 'aria-expanded', 'true', 'opened by the link');
});

await test('every incidence number of the document appears in its table', async (page) => {
  await openRisks(page);
  await page.getByRole('button', { name: 'すべて開く' }).click();
  for (const [i, risk] of risks.entries()) {
    const table = page.locator('.rmp-card').nth(i).locator('table.rmp-incidence');
    const expected = risk.incidence.flatMap((t) => t.events.flatMap((e) => e.grades.flatMap((g) => g.cells.map((c) => c.percent ? `${c.n}（${c.percent}%）` : `${c.n}`))));
    // The body is drawn after the card opens: wait for every cell.
    const cells = await settle(() => table.locator('tbody td').allTextContents(), (c) => c.length === expected.length, `${risk.name}: ${expected.length} cells`);
    expected.forEach((text, k) => expect(cells[k].startsWith(text), `${risk.name} cell ${k}: "${cells[k]}" should start with "${text}"`));
    const headers = await table.locator('thead th[scope="col"]').allTextContents();
    expect(headers.length === 6 && headers[5].includes('（135例）'), `cohort headers: ${headers}`);
    const caption = await table.locator('caption').textContent();
    expect(caption === risk.incidence[0].intro, `caption: ${caption}`);
  }
  await settle(() => page.locator('td.rmp-flagged').allTextContents(), (f) => f.length === 1 && f[0].includes('16.7'), 'one mismatch flagged with 16.7');
});

await test('the English toggle changes labels, not the document', async (page) => {
  await openRisks(page);
  await page.getByRole('button', { name: 'English' }).click();
  await count(page.getByRole('heading', { name: 'Important identified risks' }), 1, 'English heading');
  await count(page.getByRole('button', { name: 'サイトカイン放出症候群' }), 1, 'names stay as written');
  await attribute(page.locator('.rmp-root'), 'lang', 'en', 'the interface is English');
  await attribute(page.locator('#rmp-risk-crs-button span[lang]'), 'lang', 'ja', 'the document\'s text stays Japanese');
});

await test('the board shows activities by status, including the completed IV EPPV', async (page) => {
  await page.goto(base + '#board');
  await settle(() => page.locator('.rmp-column').nth(3).locator('.rmp-activity h4').allTextContents(), (c) => c.length === 2 && c[0].includes('点滴静注製剤'), 'two completed, the IV EPPV first');
  await count(page.locator('.rmp-column').nth(2).locator('.rmp-activity'), 6, 'six ongoing');
});

await test('search finds LUN2501, jumps to its activity and marks it', async (page) => {
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

await test('search for text inside a collapsed card opens that card', async (page) => {
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

await test('a large document draws a card body when it first opens, and every body to print', async (page) => {
  // 14 concerns, 8 of them generated with 20 cohorts × 10 events: 3,344 cells, above the eager limit.
  const large = execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'synth', '--risks', '14', '--cohorts', '20', '--events', '10', '--activities', '12'], { cwd: root, maxBuffer: 64 << 20 });
  await page.route((u) => u.pathname.endsWith('/fixtures/large.json'), (r) => r.fulfill({ body: large, contentType: 'application/json' }));
  await page.goto(base + '?src=tests/fixtures/large.json#risks');
  await page.waitForSelector('.rmp-card-heading button');
  await count(page.locator('.rmp-card-heading'), 14, 'fourteen cards');
  expect(await page.locator('.rmp-card-body table').count() === 0, 'no body drawn before a card opens');
  const last = page.locator('.rmp-card-heading button').last();
  await last.click();
  const body = page.locator('.rmp-card-body').last();
  await count(body.locator('thead th[scope=col]'), (n) => n >= 20, 'the opened card shows its table');
  await last.click();
  await attribute(body, 'hidden', 'until-found', 'closing hides the body');
  await count(body.locator('table'), 1, 'closing keeps the body');
  // The search box finds text in bodies not drawn yet, opens the card and marks the text.
  await page.getByRole('searchbox').fill('合成リスク 13は');
  await page.waitForSelector('.rmp-hits li');
  await page.locator('.rmp-hits a').first().click();
  await page.waitForFunction(() => location.hash === '#risk/synthetic-risk-13');
  await attribute(page.locator('#rmp-risk-synthetic-risk-13-button'), 'aria-expanded', 'true', 'card 13 opened');
  await page.waitForFunction(() => CSS.highlights.get('rmp-hit')?.size > 0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => document.querySelectorAll('.rmp-card-body table').length === 14);
});

await test('a table switches to a chart with a text alternative, and downloads as CSV', async (page) => {
  await openRisks(page, '#risk/infections');
  const card = page.locator('#risk-infections');
  const toggle = card.getByRole('button', { name: 'グラフ' });
  await toggle.click();
  await attribute(toggle, 'aria-pressed', 'true', 'pressed');
  const chart = card.getByRole('img');
  await count(chart, 1, 'one chart');
  await until(() => card.locator('table.rmp-incidence').isHidden(), 'table hidden');
  const desc = await chart.evaluate((svg) => svg.getRootNode().getElementById(svg.getAttribute('aria-describedby')).textContent);
  expect(desc.includes('46（51.1%）') && desc.includes('15（16.6%）'), `description: ${desc.slice(0, 120)}`);
  // Opening and closing another card leaves this one as the reader set it.
  const crs = page.locator('#rmp-risk-crs-button');
  await crs.click();
  await attribute(crs, 'aria-expanded', 'true', 'CRS opened');
  await crs.click();
  await attribute(crs, 'aria-expanded', 'false', 'CRS closed');
  await attribute(toggle, 'aria-pressed', 'true', 'the chart stays after another card moves');
  await count(chart, 1, 'the chart stays drawn');
  await toggle.press('Enter');
  await until(() => card.locator('table.rmp-incidence').isVisible(), 'table back');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'CSV をダウンロード' }).click()]);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0] === 'risk,event,grade,study,cohort,route,N,n,percent', `header: ${lines[0]}`);
  expect(lines.length === 13 && lines[1].startsWith('感染症,感染症,all,GO29781,'), `rows: ${lines.length} ${lines[1]}`);
  expect(download.suggestedFilename().endsWith('.csv'), download.suggestedFilename());
});

await test('the board filters by plan and by risk, and draws a timeline with today', async (page) => {
  await page.goto(base + '#board');
  const all = await count(page.locator('.rmp-activity'), 10, 'ten activities');
  await page.getByLabel('計画').selectOption('rm');
  await settle(() => page.locator('.rmp-board .rmp-kind').allTextContents(), (k) => k.length > 0 && k.length < all && k.every((x) => !x.includes('調査') || x.includes('情報提供')), 'RM only');
  await page.getByLabel('計画').selectOption('');
  await count(page.locator('.rmp-activity'), all, 'all again');
  await page.getByLabel('安全性検討事項').selectOption('infections');
  await settle(() => page.locator('.rmp-board .rmp-activity h4').allTextContents(), (n) => n.length > 0 && n.length < all && !n.some((x) => x.includes('LUN2501')), 'infections: no LUN2501');
  await page.getByLabel('安全性検討事項').selectOption('');
  await count(page.locator('.rmp-tl-now'), 1, 'today on the axis');
  await count(page.locator('.rmp-tl-today'), (n) => n > 0, 'today marker on each row');
  await until(async () => (await page.locator('.rmp-tl-undated').textContent()).includes('販売開始'), 'undated milestones listed as text');
});

await test('overview, change history and the matrix', async (page) => {
  await page.goto(base + '#overview');
  await page.waitForSelector('.rmp-overview');
  const text = await until(() => page.locator('.rmp-overview').textContent(), 'the overview');
  for (const p of dataset.overview.products) expect(text.includes(p.approval_number) && text.includes(p.brand_name), p.brand_name);
  expect(text.includes(dataset.change_history[0].reason), 'change reason');
  await page.getByRole('link', { name: 'リスク×活動' }).click();
  await count(page.locator('.rmp-matrix-table tbody tr'), 6, 'a row per concern');
  await count(page.locator('.rmp-matrix-table thead th').filter({ hasText: 'LUN2501' }), 1, 'LUN2501 column');
});

await test('an activity page is reached from the board, a risk card, the summary and the matrix; back and forward work', async (page) => {
  const heading = page.locator('.rmp-activity-page h2');
  const onPage = async (id, name) => {
    await page.waitForFunction((id) => location.hash === `#activity/${id}`, id);
    await settle(() => heading.textContent(), (t) => t === name, `the page of ${id}`);
  };
  const lun = dataset.pv_plan.additional.find((a) => a.id === 'lun2501');
  await page.goto(base + '#board');
  await page.locator('#board-lun2501 h4 a').click();
  await onPage('lun2501', lun.name);
  const sections = await page.locator('.rmp-activity-section > h3').allTextContents();
  const order = ['安全性検討事項', '目的', '実施方法', '実施計画', '実施計画の根拠', '節目となる予定の時期及びその根拠', '当該医薬品安全性監視活動の結果に基づいて実施される可能性のある追加の措置及びその開始の決定基準', '5.（1）医薬品安全性監視計画の一覧'];
  expect(JSON.stringify(sections) === JSON.stringify(order), `headings in the template's order: ${sections}`);
  const text = await page.locator('.rmp-activity-page').textContent();
  for (const s of [...lun.rationale.flatMap((r) => r.paragraphs), ...lun.milestones.map((m) => m.text)]) expect(text.includes(s), `on the page: ${s.slice(0, 40)}`);
  await page.goBack();
  await count(page.locator('#board-lun2501'), 1, 'back to the board');
  await page.goForward();
  await onPage('lun2501', lun.name);

  await page.goto(base + '#risk/crs');
  await page.locator('#rmp-risk-crs').getByRole('link', { name: '使用条件の設定' }).click();
  await onPage('conditions-of-use', '使用条件の設定');
  const cou = await page.locator('.rmp-activity-page').textContent();
  const conditions = dataset.rm_plan.additional.find((a) => a.id === 'conditions-of-use').conditions;
  for (const s of Object.values(conditions).flat()) expect(cou.includes(s), `condition of use: ${s.slice(0, 40)}`);
  await page.goBack();
  await attribute(page.locator('#rmp-risk-crs-button'), 'aria-expanded', 'true', 'back to the open CRS card');

  await page.goto(base + '#summary');
  await page.locator('.rmp-summary').getByRole('link', { name: '通常の医薬品安全性監視活動' }).click();
  await onPage('routine-pv', '通常の医薬品安全性監視活動');
  await page.goto(base + '#matrix');
  await page.locator('.rmp-matrix-table thead').getByRole('link', { name: lun.name }).click();
  await onPage('lun2501', lun.name);
  await page.locator('.rmp-activity-page').getByRole('link', { name: 'サイトカイン放出症候群' }).click();
  await page.waitForFunction(() => location.hash === '#risk/crs');
  await attribute(page.locator('#rmp-risk-crs-button'), 'aria-expanded', 'true', 'the concern opens from the page');
  await page.goto(base + '#activity/no-such-activity');
  await count(page.getByRole('heading', { name: 'この文書にこの活動はありません' }), 1, 'an unknown activity says so');
});

await test('search finds text inside an activity page, jumps there and marks it', async (page) => {
  await page.goto(base + '#summary');
  const box = page.getByRole('searchbox');
  await box.fill('Event per variable');
  await page.locator('.rmp-hits a').first().click();
  await page.waitForFunction(() => location.hash === '#activity/lun2501');
  await until(() => page.evaluate(() => CSS.highlights.get('rmp-hit')?.size > 0), 'the matched text is marked');
  const marked = await page.evaluate(() => [...CSS.highlights.get('rmp-hit')][0].toString());
  expect(marked === 'Event per variable', `marked: ${marked}`);
  await box.fill('集中治療室');
  await page.locator('.rmp-hits a').first().click();
  await page.waitForFunction(() => location.hash === '#activity/conditions-of-use');
});

await test('the full plan: every activity in the template order, the section 5 lists, all of it in print', async (page) => {
  await page.goto(base + '#plan');
  await page.waitForSelector('.rmp-lists');
  const outline = ['routine-pv', ...dataset.pv_plan.additional.map((a) => a.id), ...dataset.efficacy_studies.map((a) => a.id), 'routine-rm', ...dataset.rm_plan.additional.map((a) => a.id)];
  await settle(() => page.locator('.rmp-activity-page').evaluateAll((els) => els.map((e) => e.id.replace('activity-', ''))), (ids) => JSON.stringify(ids) === JSON.stringify(outline), 'every activity of sections 2-4, in order');
  const listed = [...dataset.lists.pv.additional, ...dataset.lists.rm.additional].map((e) => e.name);
  await settle(() => page.locator('.rmp-list-table tbody th').allTextContents(), (n) => JSON.stringify(n) === JSON.stringify(listed), 'every row of the section 5 lists');
  await page.emulateMedia({ media: 'print' });
  // Laid out and rendered on paper: a closed card's body too, not only its heading.
  await settle(() => page.locator('.rmp-card-body, .rmp-activity-page').evaluateAll((els) => els.filter((e) => !e.innerText.trim() || e.getBoundingClientRect().height < 20).length), (n) => n === 0, 'every card and activity prints with its content');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pageCount(pdf);
  expect(pages >= 10, `the full plan prints on ${pages} pages`);
});

await test('a broken file shows the error panel: ?src=, 404, file picker and drop', async (page) => {
  const alertSays = (ok, message) => settle(() => page.getByRole('alert').textContent({ timeout: 1000 }), ok, message);
  await page.goto(base + '?src=tests/fixtures/truncated.json');
  await alertSays((t) => t.includes('truncated') && /行 \d+, 列 \d+/.test(t), 'truncated, with line and column');
  await page.goto(base + '?src=tests/fixtures/missing.json');
  await alertSays((t) => t.includes('missing.json') && t.includes('404'), '404 with the URL');
  await count(page.getByRole('button', { name: '再試行' }), 1, 'retry offered');
  await page.getByRole('button', { name: '既定の RMP を表示' }).click();
  await page.waitForSelector('.rmp-root h1');
  await page.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format_version": 1, "document": 5}') });
  await alertSays((t) => t.includes('bad.json') && t.includes('document'), 'the picked file is named');
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'good.json', { type: 'application/json' }));
    document.querySelector('.rmp-viewer').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
  await page.waitForSelector('.rmp-root h1');
  await count(page.getByRole('alert'), 0, 'a good file replaces the error');
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
  await settle(() => page.locator('.rmp-activity dd a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), (l) => JSON.stringify(l) === JSON.stringify(['https://example.org/guide.pdf']), 'only the https material is a link');
  await settle(() => page.locator('.rmp-unsafe-link').allTextContents(), (s) => s.length === 3 && s[0] === 'javascript:window.__pwned = 5', 'the others are text');
  // The same on the activity's own page.
  await page.locator('.rmp-activity h4 a').filter({ hasText: '適正使用ガイド' }).click();
  await count(page.locator('.rmp-activity-page a[href="https://example.org/guide.pdf"]'), 1, 'the material links from its page');
  await page.goBack();
  await count(page.locator('.rmp-activity'), (n) => n > 0, 'back on the board');
  const warnings = await page.locator('.rmp-warnings').textContent();
  expect(warnings.includes('unsafe-link') || warnings.includes('https:'), `the reader is told: ${warnings}`);
  await page.getByRole('link', { name: '安全性検討事項' }).click();
  const card = page.locator('.rmp-card-heading button').first();
  await card.click();
  await attribute(card, 'aria-expanded', 'true', 'opened');
  expect((await card.textContent()).includes('<script>'), 'the name shows as text');
  await count(page.locator('.rmp-card-body').first().locator('p'), (n) => n >= 3, 'the body is drawn');
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
  const alertSays = (ok, message) => settle(() => alert.textContent({ timeout: 1000 }), ok, message);
  await page.goto(base + '?src=tests/fixtures/error500.json');
  await alertSays((t) => t.includes('error500.json') && t.includes('500'), '500 with the URL');
  // A portal's HTML error page, served with status 200.
  await page.route((u) => u.pathname.endsWith('/fixtures/login.json'), (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Please sign in</body></html>' }));
  await page.goto(base + '?src=tests/fixtures/login.json');
  await alertSays((t) => t.includes('not-json'), 'an HTML page is not JSON');
  await page.route((u) => u.pathname.endsWith('/fixtures/offline.json'), (r) => r.abort('internetdisconnected'));
  await page.goto(base + '?src=tests/fixtures/offline.json');
  await alertSays((t) => t.includes('offline.json'), 'network failure names the URL');
  await count(page.getByRole('button', { name: '再試行' }), 1, 'retry');
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route((u) => u.pathname.endsWith('/fixtures/slow.json'), async (r) => { await gate; await r.fulfill({ path: join(root, 'data', 'lunsumio.json'), contentType: 'application/json' }); });
  await page.goto(base + '?src=tests/fixtures/slow.json');
  await page.locator('.rmp-loading[role=status]').waitFor();
  expect(await page.locator('.rmp-root').count() === 0, 'nothing drawn while waiting');
  release();
  await page.waitForSelector('.rmp-root');
  await page.waitForSelector('.rmp-summary');
  await count(page.locator('.rmp-root'), 1, 'drawn once');
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
  const alertSays = (ok, message) => settle(() => alert.textContent({ timeout: 1000 }), ok, message);
  await alertSays((t) => t.includes('never.json') && t.includes('30') && t.includes('timeout'), 'timeout after 30 s');
  await count(page.getByRole('button', { name: '再試行' }), 1, 'retry offered');

  const big = Buffer.alloc(50 << 20, 0x20);
  await page.route((u) => u.pathname.endsWith('/fixtures/big.json'), (r) => r.fulfill({ body: big, contentType: 'application/json' }));
  await page.goto(base + '?src=tests/fixtures/big.json');
  await alertSays((t) => t.includes('too-large') && t.includes('16'), '50 MB is too large');

  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const deep = `{"format_version": ${'['.repeat(1000)}${']'.repeat(1000)}}`;
  await page.locator('input[type=file]').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await alertSays((t) => t.includes('too-deep') && t.includes('deep.json'), '1,000 deep is refused');
  const started = Date.now();
  await page.getByRole('button', { name: /既定|built-in/ }).click();
  await page.waitForSelector('.rmp-root');
  expect(Date.now() - started < 10_000, 'the tab answers at once');
});

await test('the language choice persists across visits', async (page) => {
  await page.goto(base + '#summary');
  await page.getByRole('button', { name: 'English' }).click();
  await attribute(page.locator('.rmp-root'), 'lang', 'en', 'English');
  await page.reload();
  await page.waitForSelector('.rmp-root');
  await attribute(page.locator('.rmp-root'), 'lang', 'en', 'English after reload');
  await page.getByRole('button', { name: '日本語' }).click();
  await attribute(page.locator('.rmp-root'), 'lang', 'ja', 'Japanese again');
});

await test('print: every card expanded; the summary fits one A4 page', async (page) => {
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pageCount(pdf);
  expect(pages === 1, `summary prints on ${pages} pages`);
  await openRisks(page);
  await page.emulateMedia({ media: 'print' });
  await settle(() => page.locator('.rmp-card-body').evaluateAll((els) => els.filter((e) => !e.innerText.trim() || e.getBoundingClientRect().height < 20).length), (n) => n === 0, 'every card body prints with its content, opened or not');
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

await test('screenshots of the main views at 1280 and 375 px', async (page) => {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, hash] of [['summary', '#summary'], ['overview', '#overview'], ['risk', '#risk/crs'], ['board', '#board'], ['activity', '#activity/lun2501'], ['matrix', '#matrix'], ['plan', '#plan']]) {
      await page.goto(base + hash);
      await page.waitForSelector('.rmp-root');
      await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
    }
  }
});

await embedSuite();
await reachSuite();
await trustSuite();
await finish();

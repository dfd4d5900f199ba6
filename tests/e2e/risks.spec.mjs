// Risk cards: the six concerns, the accordion, deep links, every incidence number, large documents, table ↔ chart and CSV.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, largeDocument, openRisks, pageCount, risks } from './shared.mjs';

test('the default RMP shows six risk cards with the right names', async ({ page }) => {
  await openRisks(page);
  const expected = JSON.stringify(risks.map((r) => r.name));
  await settle(() => page.locator('.rmp-card-heading button').allTextContents(), (names) => JSON.stringify(names) === expected, 'the six names in order');
  await count(page.locator('.rmp-category .rmp-none'), 3, 'potential risks, missing information and efficacy show なし');
});

test('a card opens and closes with a click and with the keyboard', async ({ page }) => {
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

test('a deep link opens its card', async ({ page }) => {
  await openRisks(page, '#risk/tumor-flare');
  const button = page.getByRole('button', { name: '腫瘍フレア', exact: true });
  await attribute(button, 'aria-expanded', 'true', 'opened by the link');
});

test('every incidence number of the document appears in its table', async ({ page }) => {
  await openRisks(page);
  await page.getByRole('button', { name: 'すべて開く' }).click();
  for (const [i, risk] of risks.entries()) {
    const table = page.locator('.rmp-card').nth(i).locator('table.rmp-incidence');
    const expected = risk.incidence.flatMap((t) => t.events.flatMap((e) => e.grades.flatMap((g) => g.cells.map((c) => c.percent ? `${c.n}（${c.percent}%）` : `${c.n}`))));
    // The body is drawn after the card opens: wait for every cell.
    const cells = await settle(() => table.locator('tbody td').allTextContents(), (c) => c.length === expected.length, `${risk.name}: ${expected.length} cells`);
    expected.forEach((text, k) => check(cells[k].startsWith(text), `${risk.name} cell ${k}: "${cells[k]}" should start with "${text}"`));
    const headers = await table.locator('thead th[scope="col"]').allTextContents();
    check(headers.length === 6 && headers[5].includes('（135例）'), `cohort headers: ${headers}`);
    const caption = await table.locator('caption').textContent();
    check(caption === risk.incidence[0].intro, `caption: ${caption}`);
  }
  await settle(() => page.locator('td.rmp-flagged').allTextContents(), (f) => f.length === 1 && f[0].includes('16.7'), 'one mismatch flagged with 16.7');
});

test('a large document draws a card body when it first opens, and every body to print', async ({ page }) => {
  // 14 concerns, 8 of them generated with 20 cohorts × 10 events: 3,344 cells, above the eager limit.
  const large = largeDocument();
  await page.route((u) => u.pathname.endsWith('/fixtures/large.json'), (r) => r.fulfill({ body: large, contentType: 'application/json' }));
  await page.goto(base + '?src=tests/fixtures/large.json#risks');
  await page.waitForSelector('.rmp-card-heading button');
  await count(page.locator('.rmp-card-heading'), 14, 'fourteen cards');
  check(await page.locator('.rmp-card-body table').count() === 0, 'no body drawn before a card opens');
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

test('a table switches to a chart with a text alternative, and downloads as CSV', async ({ page }) => {
  await openRisks(page, '#risk/infections');
  const card = page.locator('#risk-infections');
  const toggle = card.getByRole('button', { name: 'グラフ' });
  await toggle.click();
  await attribute(toggle, 'aria-pressed', 'true', 'pressed');
  const chart = card.getByRole('img');
  await count(chart, 1, 'one chart');
  await until(() => card.locator('table.rmp-incidence').isHidden(), 'table hidden');
  const desc = await chart.evaluate((svg) => svg.getRootNode().getElementById(svg.getAttribute('aria-describedby')).textContent);
  check(desc.includes('46（51.1%）') && desc.includes('15（16.6%）'), `description: ${desc.slice(0, 120)}`);
  // The printed 16.6% is marked in the chart as in the table, with n/N beside it.
  await count(chart.locator('.rmp-chart-flag'), 1, 'one flagged bar');
  await expect(chart.locator('.rmp-chart-flag')).toContainText('16.7%');
  check(desc.includes('n/N 16.7%'), 'and in its description');
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
  check(lines[0] === 'risk,event,grade,study,cohort,route,N,n,percent', `header: ${lines[0]}`);
  check(lines.length === 13 && lines[1].startsWith('感染症,感染症,all,GO29781,'), `rows: ${lines.length} ${lines[1]}`);
  check(download.suggestedFilename().endsWith('.csv'), download.suggestedFilename());
});

test('a warning about the plan reads in the reader\'s words and leads to the activity\'s page', async ({ page }) => {
  // The document without LUN2501 in its section 5 list, served as another file.
  const doc = structuredClone(dataset);
  doc.lists.pv.additional = doc.lists.pv.additional.filter((e) => e.id !== 'lun2501');
  await page.route((u) => u.pathname.endsWith('/fixtures/no-lun2501.json'), (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(doc) }));
  await page.goto(base + '?src=tests/fixtures/no-lun2501.json#summary');
  const warnings = page.locator('.rmp-warnings');
  await warnings.locator('> summary').click();
  const note = warnings.locator('li').filter({ hasText: '5 の一覧にありません' });
  await expect(note.locator('.rmp-note')).toHaveText('「特定使用成績調査（再発又は難治性の濾胞性リンパ腫，点滴静注製剤）（LUN2501）」が 5 の一覧にありません（文書の記載のとおり）');
  await expect(note.locator('.rmp-note-details code')).toContainText('pv_plan.additional[1]');
  await note.getByRole('link', { name: '該当箇所へ' }).click();
  await expect(page.locator('.rmp-activity-page h2')).toContainText('LUN2501');
});

test('the document\'s warning reads in the reader\'s words and leads to its card; the JSON path is for maintainers', async ({ page }) => {
  await page.goto(base + '#summary');
  const warnings = page.locator('.rmp-warnings');
  await warnings.locator('> summary').click();
  const note = warnings.locator('li').first();
  await expect(note.locator('.rmp-note')).toContainText('表の 16.6% は 15/90 から計算すると 16.7% です');
  await expect(note.locator('.rmp-note')).not.toContainText('safety_specification');
  await expect(note.locator('.rmp-note-details code')).toContainText('safety_specification.identified_risks[2]');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(note.locator('.rmp-note')).toContainText('the table prints 16.6%; 15/90 gives 16.7%');
  await note.getByRole('link', { name: 'Go to the table' }).click();
  await attribute(page.locator('#rmp-risk-infections-button'), 'aria-expanded', 'true', 'the infections card opened');
});

// Print: every card, and the one-page summary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, largeDocument, openRisks, pageCount, pdfText, risks, squeeze } from './shared.mjs';

/** The cells as the document prints them ("41（45.6%）", "0"), table by table, in reading order. */
function printedCells(concerns) {
  return concerns.flatMap((r) => r.incidence.map((t) => t.events.flatMap((e) => e.grades.flatMap((g) => g.cells.map((c) => (c.percent ? `${c.n}（${c.percent}%）` : `${c.n}`))))));
}

/** The cells of each table not found in `text` after the cell before them. */
function notInOrder(text, tables) {
  const missing = [];
  for (const cells of tables) {
    let at = 0;
    for (const cell of cells) {
      const found = text.indexOf(squeeze(cell), at);
      if (found < 0) missing.push(cell);
      else at = found + squeeze(cell).length;
    }
  }
  return missing;
}

test('print: every card expanded; the summary fits one A4 page', async ({ page }) => {
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pageCount(pdf);
  check(pages === 1, `summary prints on ${pages} pages`);
  await openRisks(page);
  await page.emulateMedia({ media: 'print' });
  await settle(() => page.locator('.rmp-card-body').evaluateAll((els) => els.filter((e) => !e.innerText.trim() || e.getBoundingClientRect().height < 20).length), (n) => n === 0, 'every card body prints with its content, opened or not');
});

test('print with every card closed: each card\'s body and every incidence number reach the paper, no column cut, no near-empty page', async ({ page }) => {
  await openRisks(page);
  await count(page.locator('.rmp-card-heading button[aria-expanded="false"]'), risks.length, 'every card closed');
  await page.emulateMedia({ media: 'print' });
  const tables = printedCells(risks);
  check(tables.flat().length === 144, `the dataset's 144 cells (${tables.flat().length})`);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = await pdfText(pdf);
  const text = squeeze(pages.join(''));
  for (const r of risks) {
    check(text.includes(squeeze(r.name)), `${r.name} printed`);
    check(text.includes(squeeze(r.reason[0]).slice(0, 40)), `${r.name}: its reason printed`);
  }
  // Every cell, in order within its table: a cell cut at the page edge would be missing.
  const missing = notInOrder(text, tables);
  check(missing.length === 0, `cells not on paper: ${missing.slice(0, 10).join(', ')}`);
  // The CRS table's sixth column (GO43643 Arm A, 135 例) is there.
  check(text.includes(squeeze('35（25.9%）')), 'GO43643 Arm A CRS, all grades');
  // Numbered pages, none of them nearly empty but the last.
  check(pages.every((p, i) => squeeze(p).includes(`${i + 1}/${pages.length}`)), 'page numbers "n / N"');
  const thin = pages.slice(0, -1).map((p, i) => [i + 1, squeeze(p).length]).filter(([, n]) => n < 400);
  check(thin.length === 0, `nearly empty pages: ${JSON.stringify(thin)}`);
});

test('a headless print of a document above the eager limit carries every body and every cell, none drawn before', async ({ page }) => {
  // 14 concerns, 3,344 cells: bodies are drawn when a card opens, or when the page prints.
  const large = largeDocument();
  const doc = JSON.parse(large);
  await page.route((u) => u.pathname.endsWith('/fixtures/large-print.json'), (r) => r.fulfill({ body: large, contentType: 'application/json' }));
  await page.goto(base + '?src=tests/fixtures/large-print.json#risks');
  await count(page.locator('.rmp-card-heading'), 14, 'fourteen cards');
  check(await page.locator('.rmp-card-body table').count() === 0, 'no body drawn before printing');
  const ss = doc.safety_specification;
  const concerns = [...ss.identified_risks, ...ss.potential_risks, ...ss.missing_information];
  const tables = printedCells(concerns);
  check(tables.flat().length === 3344, `3,344 cells (${tables.flat().length})`);
  const text = squeeze((await pdfText(await page.pdf({ format: 'A4' }))).join(''));
  for (const c of concerns) check(text.includes(squeeze(c.reason[0]).slice(0, 40)), `${c.name}: its reason printed`);
  const missing = notInOrder(text, tables);
  check(missing.length === 0, `cells not on paper: ${missing.length}, ${missing.slice(0, 10).join(', ')}`);
});

test('every view has a print button; paper carries the product, the submission date and the day of printing', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed ?? 0) + 1; }; });
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  for (const view of ['概要', '品目の概要', '安全性検討事項', '活動の状況', 'リスク×活動', '計画の全文']) {
    const tab = page.locator('.rmp-tabs').getByRole('link', { name: view, exact: true });
    if (await tab.count()) await tab.click();
    const before = await page.evaluate(() => window.__printed ?? 0);
    await page.locator('.rmp-tabs').getByRole('button', { name: '印刷' }).click();
    await settle(() => page.evaluate(() => window.__printed ?? 0), (n) => n === before + 1, `${view}: the print button prints`);
  }
  await page.locator('.rmp-tabs').getByRole('link', { name: '安全性検討事項', exact: true }).click();
  await page.waitForSelector('.rmp-card-heading button');
  const pages = await pdfText(await page.pdf({ format: 'A4' }));
  const d = dataset.document;
  const today = await page.evaluate(() => { const t = new Date(); return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`; });
  for (const [i, p] of pages.entries()) {
    const text = squeeze(p);
    for (const part of [d.product_name, d.submitted.printed, d.submitted.date, '印刷日', today]) check(text.includes(squeeze(part)), `page ${i + 1} names ${part}`);
  }
});

test('a risk on its own sheet: its card alone, on one A4 page', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => { window.__printed = true; }; });
  await openRisks(page, '#risk/infections');
  const card = page.locator('#risk-infections');
  await card.getByRole('button', { name: 'このリスクを印刷' }).click();
  await until(() => page.evaluate(() => window.__printed === true), 'printed');
  await expect(card).toHaveClass(/rmp-print-target/);
  const pages = await pdfText(await page.pdf({ format: 'A4' }));
  check(pages.length === 1, `one page (${pages.length})`);
  const text = squeeze(pages[0]);
  const infections = risks.find((r) => r.id === 'infections');
  check(text.includes(squeeze(infections.name)) && text.includes(squeeze(infections.reason[0]).slice(0, 40)), 'the risk and its reason');
  check(text.includes(squeeze('15（16.6%）')), 'its incidence, as printed');
  for (const r of risks.filter((r) => r.id !== 'infections' && !JSON.stringify(infections).includes(r.name))) check(!text.includes(squeeze(r.name)), `not ${r.name}`);
});

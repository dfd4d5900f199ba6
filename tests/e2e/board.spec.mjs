// The activity status board, its filters and timeline; the overview, change history and matrix.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('the board shows activities by status, including the completed IV EPPV', async ({ page }) => {
  await page.goto(base + '#board');
  await settle(() => page.locator('.rmp-column').nth(3).locator('.rmp-activity h4').allTextContents(), (c) => c.length === 2 && c[0].includes('点滴静注製剤'), 'two completed, the IV EPPV first');
  await count(page.locator('.rmp-column').nth(2).locator('.rmp-activity'), 6, 'six ongoing');
});

test('the board filters by plan and by risk, and draws a timeline with today', async ({ page }) => {
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

test('a report due a year after the survey ends is drawn as an estimate with its rule', async ({ page }) => {
  await page.goto(base + '#board');
  const row = page.locator('.rmp-tl-row.rmp-tl-estimated');
  await count(row, 1, 'one estimated report date');
  await expect(row.locator('.rmp-tl-name')).toContainText('LUN2501');
  await expect(row.locator('.rmp-tl-when')).toContainText('報告書（推定）：2028-05-31 までに（調査期間の終了 2027-05-31 から「調査終了から 1 年以内」として計算した推定');
  await count(row.locator('rect.rmp-tl-estimate'), 1, 'an outlined mark');
  const dashed = await row.locator('rect.rmp-tl-estimate').evaluate((r) => getComputedStyle(r).strokeDasharray);
  check(dashed !== 'none' && dashed !== '', `dashed (${dashed})`);
  // The SC EPPV's report counts from an end the document does not date: text only.
  await until(async () => (await page.locator('.rmp-tl-undated').textContent()).includes('販売開始より 6 カ月後'), 'undated stays text');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(row.locator('.rmp-tl-when')).toContainText('Report (estimated): by 2028-05-31 (an estimate: the end of 調査期間, 2027-05-31');
});

test('overview, change history and the matrix', async ({ page }) => {
  await page.goto(base + '#overview');
  await page.waitForSelector('.rmp-overview');
  const text = await until(() => page.locator('.rmp-overview').textContent(), 'the overview');
  for (const p of dataset.overview.products) check(text.includes(p.approval_number) && text.includes(p.brand_name), p.brand_name);
  check(text.includes(dataset.change_history[0].reason), 'change reason');
  await page.getByRole('link', { name: 'リスク×活動' }).click();
  await count(page.locator('.rmp-matrix-table tbody tr'), 6, 'a row per concern');
  await count(page.locator('.rmp-matrix-table thead th').filter({ hasText: 'LUN2501' }), 1, 'LUN2501 column');
});

test('every status says it is as of the submission, in the interface language', async ({ page }) => {
  await page.goto(base + '#board');
  const date = dataset.document.submitted.date;
  await count(page.locator('.rmp-board .rmp-status'), (n) => n >= 8, 'a status per listed activity');
  await settle(() => page.locator('.rmp-board .rmp-status .rmp-as-of').allTextContents(), (t) => t.length >= 8 && t.every((x) => x === `（${date} 時点）`), 'as of the submission');
  // The timeline marks the submission beside today, on every row.
  const rows = await count(page.locator('.rmp-tl-row'), (n) => n > 0, 'timeline rows');
  await count(page.locator('.rmp-tl-row .rmp-tl-submitted'), rows, 'the submission on every row');
  await expect(page.locator('.rmp-tl-sub-legend')).toContainText(date);
  await page.goto(base + '#activity/lun2501');
  await expect(page.locator('#activity-lun2501 .rmp-status')).toHaveText(`実施中（${date} 時点）`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#activity-lun2501 .rmp-status .rmp-as-of')).toHaveText(` (as of ${date})`);
});

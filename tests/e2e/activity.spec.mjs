// Activity pages and the full plan.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('an activity page is reached from the board, a risk card, the summary and the matrix; back and forward work', async ({ page }) => {
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
  check(JSON.stringify(sections) === JSON.stringify(order), `headings in the template's order: ${sections}`);
  const text = await page.locator('.rmp-activity-page').textContent();
  for (const s of [...lun.rationale.flatMap((r) => r.paragraphs), ...lun.milestones.map((m) => m.text)]) check(text.includes(s), `on the page: ${s.slice(0, 40)}`);
  await page.goBack();
  await count(page.locator('#board-lun2501'), 1, 'back to the board');
  await page.goForward();
  await onPage('lun2501', lun.name);

  await page.goto(base + '#risk/crs');
  await page.locator('#rmp-risk-crs').getByRole('link', { name: '使用条件の設定' }).click();
  await onPage('conditions-of-use', '使用条件の設定');
  const cou = await page.locator('.rmp-activity-page').textContent();
  const conditions = dataset.rm_plan.additional.find((a) => a.id === 'conditions-of-use').conditions;
  for (const s of Object.values(conditions).flat()) check(cou.includes(s), `condition of use: ${s.slice(0, 40)}`);
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

test('the full plan: every activity in the template order, the section 5 lists, all of it in print', async ({ page }) => {
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
  check(pages >= 10, `the full plan prints on ${pages} pages`);
});

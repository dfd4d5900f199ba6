// The conditions of use as a facility's checklist: ticked, kept in the
// browser across a reload and a language switch, printed alone with who
// checked and when, and never in place of the document's text.
import { audit, base, check, count, expect, test, until } from './fixtures.mjs';
import { dataset, pdfText, squeeze } from './shared.mjs';

const conditions = dataset.rm_plan.additional.find((a) => a.id === 'conditions-of-use');
const lines = Object.values(conditions.conditions).flat();
const requirements = lines.filter((l) => l.startsWith('・'));

async function open(page) {
  await page.goto(base + '#activity/conditions-of-use');
  const list = page.getByRole('region', { name: '施設の確認チェックリスト' });
  await count(list.getByRole('checkbox'), requirements.length, 'a box per requirement');
  return list;
}

test('each requirement is a box; ticks, who and when survive a reload and the other language', async ({ page }) => {
  const list = await open(page);
  // The document's text stays whole before the list: every line, once in the page's text and once in the list.
  const pageText = await page.locator('.rmp-activity-page').textContent();
  for (const line of lines) check(pageText.includes(line), `the document's ${line.slice(0, 20)}`);
  const boxes = list.getByRole('checkbox');
  for (const [i, line] of requirements.entries()) {
    await expect(boxes.nth(i), `box ${i}`).toHaveAccessibleName(line.slice(1));
  }
  await expect(list.getByRole('status')).toHaveText(`0 / ${requirements.length} 項目を確認済み`);
  await boxes.nth(0).check();
  await boxes.nth(4).check();
  await list.getByLabel('確認者').fill('薬剤部 山田');
  await list.getByLabel('確認者').press('Tab');
  await list.getByLabel('確認日').fill('2026-11-30');
  await list.getByLabel('確認日').press('Tab');
  await expect(list.getByRole('status')).toHaveText(`2 / ${requirements.length} 項目を確認済み`);
  // Nothing leaves the page: the ticks are in this browser's storage only.
  await until(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('rmp-viewer.checklist:') && localStorage.getItem(k).includes('薬剤部 山田'))), 'kept');

  await page.reload();
  const again = await open(page);
  await expect(again.getByRole('checkbox').nth(0)).toBeChecked();
  await expect(again.getByRole('checkbox').nth(4)).toBeChecked();
  await expect(again.getByRole('checkbox').nth(1)).not.toBeChecked();
  await expect(again.getByLabel('確認者')).toHaveValue('薬剤部 山田');
  await expect(again.getByLabel('確認日')).toHaveValue('2026-11-30');
  await expect(again.getByRole('status')).toHaveText(`2 / ${requirements.length} 項目を確認済み`);

  await page.getByRole('button', { name: 'English' }).click();
  const en = page.getByRole('region', { name: 'Checklist for your facility' });
  await expect(en.getByRole('status')).toHaveText(`2 of ${requirements.length} items confirmed`);
  await expect(en.getByRole('checkbox').nth(4)).toBeChecked();
  await expect(en.getByLabel('Checked by')).toHaveValue('薬剤部 山田');
  await audit(page, 'the checklist in English');

  // Clearing asks first: dismissed, the ticks stay; accepted, they go.
  page.once('dialog', (d) => d.dismiss());
  await en.getByRole('button', { name: 'Clear all ticks' }).click();
  await expect(en.getByRole('checkbox').nth(0)).toBeChecked();
  page.once('dialog', (d) => d.accept());
  await en.getByRole('button', { name: 'Clear all ticks' }).click();
  await expect(en.getByRole('status')).toHaveText(`0 of ${requirements.length} items confirmed`);
  await expect(en.getByRole('checkbox').nth(0)).not.toBeChecked();
  await expect(en.getByLabel('Checked by')).toHaveValue('薬剤部 山田');
});

test('the checklist prints alone, with the product, who checked and when, and the ticks', async ({ page }) => {
  await page.addInitScript(() => { window.print = () => { window.__printed = true; }; });
  const list = await open(page);
  await list.getByRole('checkbox').nth(2).check();
  await list.getByLabel('確認者').fill('薬剤部 山田');
  await list.getByLabel('確認者').press('Tab');
  await list.getByLabel('確認日').fill('2026-11-02');
  await list.getByLabel('確認日').press('Tab');
  await list.getByRole('button', { name: 'チェックリストを印刷' }).click();
  await until(() => page.evaluate(() => window.__printed === true), 'printed');
  await expect(page.locator('.rmp-root')).toHaveClass(/rmp-printing-checklist/);
  const pages = await pdfText(await page.pdf({ format: 'A4' }));
  // A PDF's font may give 知識・経験's middle dot as another dot.
  const norm = (t) => squeeze(t).replace(/[‧･·]/g, '・');
  const text = norm(pages.join(''));
  check(pages.length <= 2, `one or two pages (${pages.length})`);
  check(text.includes(squeeze(dataset.document.product_name)), 'the product');
  check(text.includes(squeeze('使用条件の設定')) && text.includes(squeeze('施設の確認チェックリスト')), 'the activity and the list');
  check(text.includes(squeeze(`1 / ${requirements.length} 項目を確認済み`)), 'the count');
  for (const line of requirements) check(text.includes(norm(line.slice(1))), `the requirement ${line.slice(0, 20)}`);
  // The document's own text of the activity stays on screen, not on this sheet.
  check(!text.includes(squeeze(conditions.objective[0]).slice(0, 30)), 'not the objective');
  // Who checked is on the sheet, and the day (as the date field shows it).
  check(text.includes(squeeze('薬剤部 山田')), 'who');
  check(/11\/02\/2026|2026\/11\/02|2026-11-02/.test(text), 'when');
});

test('two tabs on the same list: a tick in one shows in the other, and neither loses the other\'s', async ({ page, context }) => {
  const a = await open(page);
  const other = await context.newPage();
  const b = await open(other);
  await a.getByRole('checkbox').nth(0).check();
  await expect(b.getByRole('checkbox').nth(0)).toBeChecked();
  await expect(b.getByRole('status')).toHaveText(`1 / ${requirements.length} 項目を確認済み`);
  await b.getByRole('checkbox').nth(5).check();
  await expect(a.getByRole('checkbox').nth(5)).toBeChecked();
  await expect(a.getByRole('status')).toHaveText(`2 / ${requirements.length} 項目を確認済み`);
  // Both ticks are kept, whichever tab wrote last.
  await page.reload();
  const again = await open(page);
  await expect(again.getByRole('checkbox').nth(0)).toBeChecked();
  await expect(again.getByRole('checkbox').nth(5)).toBeChecked();
  await other.close();
});

test('an activity without conditions of use has no checklist; the full plan has none', async ({ page }) => {
  await page.goto(base + '#activity/lun2501');
  await page.locator('.rmp-activity-page').waitFor();
  await count(page.locator('.rmp-checklist'), 0, 'no checklist on LUN2501');
  await page.goto(base + '#plan');
  await page.locator('#activity-conditions-of-use').waitFor({ state: 'attached' });
  await count(page.locator('.rmp-checklist'), 0, 'none in the plan');
});

test('with the browser\'s storage full, every tick stays and the list says the ticks are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).includes('checklist')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  const list = await open(page);
  await expect(list.locator('.rmp-checklist-unkept')).toHaveCount(0);
  const boxes = list.getByRole('checkbox');
  await boxes.nth(0).check();
  await expect(list.locator('.rmp-checklist-unkept')).toContainText('保存できません');
  await expect(boxes.nth(0), 'the focus stays on the box ticked').toBeFocused();
  await boxes.nth(2).check();
  await boxes.nth(5).check();
  for (const i of [0, 2, 5]) await expect(boxes.nth(i), `box ${i} still ticked`).toBeChecked();
  await expect(list.getByRole('status')).toHaveText(`3 / ${requirements.length} 項目を確認済み`);
});

// A catalog of RMPs (`?catalog=`): the list and its filters, a document
// opened from it with what changed since its previous version, a way back,
// deep links, back and forward, and a search across every document; and the
// same comparison on the page given two versions (`?src=&base=`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, test, until } from './fixtures.mjs';

const catalog = JSON.parse(readFileSync(join(root, 'data', 'catalog.json'), 'utf8'));
const list = base + '?catalog=data/catalog.json';
const rows = (page) => page.locator('.rmp-shelf-table tbody tr');
const names = (page) => rows(page).locator('th a').allTextContents();

test('the list shows every document of the catalog, newest first, and filters as the reader types', async ({ page }) => {
  await page.goto(list);
  await count(rows(page), catalog.documents.length, 'a row per document');
  const dates = await rows(page).locator('td:nth-child(4)').allTextContents();
  check(dates[0].includes('2026-03-23') && dates[1].includes('2026-02-25'), `newest first: ${dates}`);
  // The previous version is linked from the newer one's row.
  await expect(rows(page).first().locator('td').last()).toHaveText('令和8年2月25日 再構成');
  await page.getByLabel('製品名・一般名・会社名').fill('中外 製薬');
  await count(rows(page), 2, 'spaces ignored');
  await page.getByLabel('製品名・一般名・会社名').fill('存在しない薬');
  await expect(page.locator('.rmp-shelf-count')).toHaveText('条件に合う RMP はありません');
  await page.getByLabel('製品名・一般名・会社名').fill('');
  // One activity of this kind with this status: the SC EPPV was planned in February only.
  await page.getByLabel('活動の種類').selectOption({ label: '市販直後調査' });
  await page.getByLabel('実施状況').selectOption({ label: '計画中' });
  await settle(() => rows(page).locator('td:nth-child(4)').allTextContents(), (d) => d.length === 1 && d[0].includes('2026-02-25'), 'only the February version');
  await page.getByLabel('実施状況').selectOption({ label: '実施中' });
  await settle(() => rows(page).locator('td:nth-child(4)').allTextContents(), (d) => d.length === 1 && d[0].includes('2026-03-23'), 'only the March version');
  await page.getByLabel('実施状況').selectOption('');
  await page.getByLabel('活動の種類').selectOption('');
  await page.getByLabel('安全性検討事項', { exact: true }).fill('腫瘍崩壊');
  await count(rows(page), 2, 'both versions carry 腫瘍崩壊症候群');
  await page.getByLabel('分類').selectOption({ label: '重要な潜在的リスク' });
  await count(rows(page), 0, 'not a potential risk');
  await page.getByLabel('分類').selectOption('');
  await page.getByLabel('並び順').selectOption('oldest');
  await settle(() => rows(page).locator('td:nth-child(4)').allTextContents(), (d) => d.length === 2 && d[0].includes('2026-02-25'), 'oldest first');
  await audit(page, 'the catalog list');
});

test('a document opens from the list with what changed since its previous version, and back and forward work', async ({ page }) => {
  await page.goto(list);
  await count(rows(page), 2, 'the list');
  await rows(page).first().locator('th a').click();
  await expect(page).toHaveURL(/#rmp\/lunsumio\/summary$/);
  const changes = page.locator('.rmp-changes');
  await expect(changes.locator('summary')).toHaveText('令和8年2月25日 以降の変更（16 件）');
  // Sixteen changes, each linked to its place; a cohort added to all six risks is one item.
  await count(changes.locator('li.rmp-change a'), 16, 'the sixteen changes');
  await count(changes.locator('li.rmp-change'), 5, 'in five items');
  await page.getByRole('link', { name: '安全性検討事項', exact: true }).click();
  await expect(page).toHaveURL(/#rmp\/lunsumio\/risks$/);
  // Every risk gained the two combination cohorts.
  await count(page.locator('.rmp-card .rmp-change-mark'), 6, 'a mark on every card');
  await expect(page.locator('#risk-crs .rmp-change-mark')).toHaveText('変更あり');
  await page.getByRole('link', { name: '活動の状況' }).click();
  await expect(page.locator('#board-eppv-sc .rmp-change-mark')).toHaveText('計画中 → 実施中');
  await expect(page.locator('#board-lun2501 .rmp-change-mark')).toHaveCount(0);
  // Links inside the document name their place in the catalog: they can be opened in a tab or shared.
  await expect(page.locator('#board-lun2501 h4 a')).toHaveAttribute('href', '#rmp/lunsumio/activity/lun2501');
  await page.goBack();
  await expect(page).toHaveURL(/#rmp\/lunsumio\/risks$/);
  await expect(page.locator('.rmp-card').first()).toBeVisible();
  await page.goBack();
  await page.goBack();
  await count(rows(page), 2, 'back at the list');
  await page.goForward();
  await expect(page.locator('.rmp-changes summary')).toBeVisible();
  await page.getByRole('link', { name: 'RMP 一覧に戻る' }).click();
  await count(rows(page), 2, 'the way back');
  await expect(page).toHaveURL(/#catalog$/);
});

test('a deep link opens a card of a document of the catalog; the old version has no changes to show', async ({ page }) => {
  await page.goto(list + '#rmp/lunsumio/risk/infections');
  await attribute(page.locator('#rmp-risk-infections-button'), 'aria-expanded', 'true', 'the card is open');
  await expect(page.locator('#rmp-risk-infections .rmp-change-list li').first()).toContainText('GO40516');
  await page.goto(list + '#rmp/lunsumio-2026-02-25/board');
  await count(page.locator('.rmp-activity'), 10, 'the old board');
  await expect(page.locator('.rmp-changes')).toHaveCount(0);
  await expect(page.locator('#board-eppv-sc .rmp-status')).toHaveText('計画中（2026-02-25 時点）');
  await page.goto(list + '#rmp/nothing-here');
  await expect(page.getByRole('alert')).toContainText('nothing-here');
});

test('the search across documents lists every concern where the words appear and jumps there', async ({ page }) => {
  await page.goto(list);
  const box = page.getByLabel('すべての RMP を検索');
  await box.fill('ｻｲﾄｶｲﾝ');
  await expect(page.locator('.rmp-shelf-search .rmp-shelf-count')).toHaveText('0 件');
  await box.fill('サイトカイン 放出');
  await expect(page.locator('.rmp-shelf-search .rmp-shelf-count')).toHaveText('2 件');
  const hits = page.locator('.rmp-shelf-search .rmp-search-results li');
  await count(hits, 2, 'a hit per version');
  await settle(() => hits.locator('.rmp-hit-where').allTextContents(), (w) => w[0].includes('令和8年3月23日') && w[1].includes('令和8年2月25日'), 'newest first');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await count(hits, 0, 'cleared');
  await box.fill('LUN2501');
  await hits.first().locator('a').click();
  await expect(page).toHaveURL(/#rmp\/lunsumio\/activity\/lun2501$/);
  await expect(page.locator('#activity-lun2501')).toBeVisible();
});

test('a page given two versions shows what changed, and marks only what changed', async ({ page }) => {
  await page.goto(base + '?src=data/lunsumio.json&base=data/lunsumio-2026-02-25.json#activity/eppv-info-sc');
  await expect(page.locator('#activity-eppv-info-sc .rmp-change-mark')).toHaveText('計画中 → 実施中');
  await expect(page.locator('.rmp-changes summary')).toContainText('16');
  const items = await until(() => page.locator('.rmp-changes li.rmp-change').allTextContents(), 'the list');
  check(items.some((i) => i.includes('効能又は効果')), 'the indications changed');
  await count(page.locator('.rmp-changes li.rmp-change').filter({ hasText: 'GO43643 試験 Arm A' }).locator('a'), 6, 'Arm A added to the six risks');
  // The word diff shows what was inserted.
  await expect(page.locator('.rmp-changes ins').filter({ hasText: '大細胞型' }).first()).toBeVisible();
  await page.goto(base + '?src=data/lunsumio.json&base=data/lunsumio-2026-02-25.json#activity/lun2501');
  await expect(page.locator('#activity-lun2501')).toBeVisible();
  await expect(page.locator('#activity-lun2501 .rmp-change-mark')).toHaveCount(0);
  await audit(page, 'a page with changes');
});

test('a file that is not a catalog says so, and a base that cannot load says why beside the document', async ({ page }) => {
  await page.goto(base + '?catalog=data/lunsumio.json');
  await expect(page.getByRole('alert')).toContainText('not-catalog');
  await page.goto(base + '?src=data/lunsumio.json&base=data/missing.json');
  await expect(page.locator('.rmp-changes-failed')).toContainText('missing.json');
  await expect(page.locator('.rmp-header h1')).toContainText('ルンスミオ');
});

test('an entry whose file is not what the catalog lists is not shown under its name', async ({ page }) => {
  // The server answers another file for the current version's address.
  const older = readFileSync(join(root, 'data', 'lunsumio-2026-02-25.json'));
  await page.route((u) => u.pathname.endsWith('/data/lunsumio.json'), (route) => route.fulfill({ contentType: 'application/json', body: older }));
  await page.goto(list + '#rmp/lunsumio/summary');
  const panel = page.locator('.rmp-error');
  await expect(panel).toContainText('is not the document the catalog lists for ルンスミオ');
  await expect(page.locator('.rmp-header h1')).toHaveCount(0);
});

test('the reconstructed version says so in its catalog row, at the top of its page, and where it is compared with', async ({ page }) => {
  await page.goto(list);
  // Its own row, and the newer one's link to it, are marked.
  const rows = page.locator('.rmp-shelf-table tbody tr');
  await expect(rows.filter({ hasText: '2026-02-25' }).locator('td:nth-child(4)')).toContainText('再構成');
  await expect(rows.first().locator('td').last()).toHaveText('令和8年2月25日 再構成');
  await page.goto(list + '#rmp/lunsumio-2026-02-25/summary');
  await expect(page.locator('.rmp-reconstructed')).toContainText('公表された RMP ではありません');
  await expect(page.locator('.rmp-reconstructed')).toContainText('令和8年3月23日提出のルンスミオの RMP');
  await page.goto(base + '?src=data/lunsumio.json&base=data/lunsumio-2026-02-25.json#summary');
  const explain = page.locator('.rmp-changes-explain');
  await expect(explain).toContainText('比較元の版の提出日：令和8年2月25日');
  await expect(explain).toContainText('再構成');
  await expect(explain).not.toContainText('http');
  await expect(page.locator('.rmp-reconstructed')).toHaveCount(0);
});

test('an older version says a newer one exists, with its date and a link, on screen and on paper', async ({ page }) => {
  await page.goto(list + '#rmp/lunsumio-2026-02-25/risks');
  const note = page.locator('.rmp-newer');
  await expect(note).toContainText('この版は最新ではありません');
  await page.emulateMedia({ media: 'print' });
  await expect(note, 'on paper too').toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await note.getByRole('link', { name: '令和8年3月23日' }).click();
  await expect(page).toHaveURL(/#rmp\/lunsumio\/risks$/);
  await expect(page.locator('.rmp-header h1')).toBeVisible();
  await expect(note, 'the current version says nothing of the kind').toHaveCount(0);
});

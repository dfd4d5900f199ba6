// The import page, offline from dist/: paste or drop the text of an RMP PDF,
// see the draft in the viewer with its banner and the review list beside
// it, download the JSON. Only the page's own files are fetched.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, base, check, expect, root, test, until } from './fixtures.mjs';

const seed = readFileSync(join(root, 'crates', 'import', 'tests', 'fixtures', 'lunsumio-2026-03-23.txt'), 'utf8');
const lagevrio = readFileSync(join(root, 'crates', 'import', 'tests', 'fixtures', 'lagevrio-pages.txt'));

/** The viewer's shadow root, once it shows a document. */
const inViewer = (page, selector) => page.locator('#import-viewer').locator(selector);

test('pasted text becomes a draft in the viewer, with the review list beside it, and downloads as JSON', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(base + 'dist/import.html');
  await page.getByRole('textbox', { name: /^RMP のテキスト/ }).fill(seed);
  await page.getByRole('button', { name: /取り込む/ }).click();
  await expect(page.locator('#import-status')).toHaveText(/確認が必要な項目 \d+ 件/);
  // The viewer shows the draft as a draft: the banner, and the review list open in its warnings.
  await expect(inViewer(page, 'h1')).toContainText('ルンスミオ');
  const banner = inViewer(page, '.rmp-draft');
  await expect(banner).toHaveAttribute('role', 'note');
  await expect(banner.locator('.rmp-draft-title')).toHaveText(/^取り込み下書き：確認が必要な項目 \d+ 件$/);
  await expect(banner).toContainText('貼り付けたテキスト');
  const warnings = inViewer(page, '.rmp-warnings');
  await expect(warnings).toHaveAttribute('open', '');
  await expect(warnings.locator('li').filter({ hasText: '16.6%' })).toHaveCount(2);
  // Every card of the import, with its incidence table.
  await inViewer(page, '.rmp-tab').filter({ hasText: '安全性検討事項' }).click();
  await expect(inViewer(page, '.rmp-card')).toHaveCount(6);
  // The review list beside the viewer: as many items as the banner counts, with their source lines.
  const items = page.locator('#review-list > li');
  const n = Number(await page.locator('#review-count').textContent());
  check(n > 0, `${n} items to review`);
  await expect(items).toHaveCount(n);
  const source = items.locator('details').filter({ has: page.locator('pre') }).first();
  await source.locator('summary').click();
  await expect(source.locator('pre')).toContainText(/\d+: /);
  // One sentence at several places is one item, its places in the details, not in the sentence.
  const grouped = items.filter({ hasText: /^6 か所：/ }).first();
  await expect(grouped.locator('summary').first()).toHaveText('場所 6 か所 / 6 places');
  await expect(grouped.locator('code')).toHaveCount(6);
  for (const sentence of await items.locator('p').allTextContents()) {
    check(!/[a-z_]+\.[a-z_]+\[\d+\]/.test(sentence), `no JSON path in the sentence: ${sentence}`);
  }
  await expect(page.locator('#import-summary')).toContainText('144 emitted, 0 withheld');
  // Download the draft: the document with its import_draft.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下書きの JSON/ }).click()]);
  check(download.suggestedFilename() === 'rmp-import.draft.json', download.suggestedFilename());
  const doc = JSON.parse(readFileSync(await download.path(), 'utf8'));
  check(doc.import_draft.review.length === n, 'the download carries the review list');
  check(doc.safety_specification.identified_risks.length === 6, 'six identified risks');
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /レポート/ }).click()]);
  check(readFileSync(await report.path(), 'utf8').startsWith('# Import review'), 'the Markdown report');
  // Offline: nothing but the bundle's own files.
  const foreign = requests.filter((u) => !u.startsWith(base + 'dist/') && !u.startsWith('blob:'));
  check(foreign.length === 0, `requests outside the bundle: ${foreign.join(', ')}`);
  // The page around the viewer (the viewer itself is audited in a11y.spec.mjs).
  await audit(page, 'the import page with a draft', ['#import-viewer']);
});

test('a dropped text file imports; a broken PDF and an empty paste get a message, not a draft', async ({ page }) => {
  await page.goto(base + 'dist/import.html');
  const drop = async (name, bytes) => {
    const handle = await page.evaluateHandle(({ name, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
      return dt;
    }, { name, bytes: [...bytes] });
    await page.locator('#import-drop').dispatchEvent('drop', { dataTransfer: handle });
  };
  await drop('lagevrio.txt', lagevrio);
  await expect(page.locator('#import-status')).toHaveText(/確認が必要な項目 \d+ 件/);
  await inViewer(page, '.rmp-tab').filter({ hasText: '安全性検討事項' }).click();
  await expect(inViewer(page, '.rmp-card')).toHaveCount(1);
  await expect(inViewer(page, '.rmp-card')).toContainText('催奇形性');
  await expect(inViewer(page, '.rmp-draft')).toContainText('lagevrio.txt');

  // A file that says it is a PDF and is not one: pdf.js's words, and no draft.
  await drop('rmp.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'));
  await expect(page.locator('#import-error')).toContainText('rmp.pdf: この PDF を読めませんでした');
  await expect(page.locator('#import-result')).toBeHidden();

  await page.getByRole('textbox', { name: /^RMP のテキスト/ }).fill('');
  await page.getByRole('button', { name: /取り込む/ }).click();
  await expect(page.locator('#import-error')).toContainText('テキストがありません');
  await page.getByRole('textbox', { name: /^RMP のテキスト/ }).fill('吾輩は猫である。');
  await page.getByRole('button', { name: /取り込む/ }).click();
  await expect(page.locator('#import-error')).toContainText('no part of an RMP');
});

test('the import page is served by make serve too, with the same files', async ({ page }) => {
  await page.goto(base + 'import.html');
  await page.getByRole('textbox', { name: /^RMP のテキスト/ }).fill(seed);
  await page.getByRole('button', { name: /取り込む/ }).click();
  await until(() => page.locator('#import-viewer').locator('.rmp-draft').count(), 'the draft shown');
});

test('a large paste is imported without filling the text box; one over 16 MB is refused at once', async ({ page }) => {
  await page.goto(base + 'dist/import.html');
  const paste = (body) => page.getByRole('textbox', { name: /^RMP のテキスト/ }).evaluate((box, body) => {
    const data = new DataTransfer();
    data.setData('text/plain', body);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return box.value.length;
  }, body);
  // The seed's text with 2 MB of blank lines after it: a draft, and the box stays empty.
  const shown = await paste(seed + '\n'.repeat(2 << 20));
  check(shown === 0, `${shown} characters in the text box`);
  await expect(page.locator('#import-status')).toHaveText(/確認が必要な項目 \d+ 件/);
  await expect(inViewer(page, 'h1')).toContainText('ルンスミオ');
  // 17 MB: the limit, said in both languages, and no draft made of it.
  await paste('あ'.repeat(6 << 20));
  await expect(page.locator('#import-error')).toContainText('上限の 16 MB');
  await expect(page.locator('#import-error')).toContainText('the limit is 16 MB');
});

test('a draft is finished in the page: each item accepted, corrected or marked, kept across a reload, and the finished document validates', async ({ page }) => {
  await page.goto(base + 'dist/import.html');
  const importSeed = async () => {
    await page.getByRole('textbox', { name: /^RMP のテキスト/ }).fill(seed);
    await page.getByRole('button', { name: /取り込む/ }).click();
    await expect(page.locator('#import-status')).toHaveText(/確認が必要な項目 \d+ 件/);
  };
  await importSeed();
  const items = page.locator('#review-list > li');
  const total = await items.count();
  const count = page.locator('#review-count');
  await expect(count).toHaveText(String(total));
  const finish = page.getByRole('button', { name: /完成した文書をダウンロード/ });
  await expect(finish).toBeDisabled();

  // Correct one value: the table of the item about 16.6%, as JSON, one group renamed.
  const item = items.filter({ hasText: '16.6%' }).first();
  await item.getByRole('button', { name: '直す / Correct' }).click();
  const area = item.getByRole('textbox', { name: /値（JSON）/ });
  const json = await area.inputValue();
  check(json.includes('"点滴静注"'), 'the value shown is the table as JSON');
  await area.fill('{ not json');
  await item.getByRole('button', { name: '保存 / Save' }).click();
  await expect(item.getByRole('alert')).toContainText('This is not valid JSON');
  await area.fill(json.replace('"点滴静注"', '"点滴静注製剤"'));
  await item.getByRole('button', { name: '保存 / Save' }).click();
  await expect(items.filter({ hasText: '16.6%' }).first()).toContainText('修正済み / Corrected');
  await expect(count).toHaveText(String(total - 1));

  // Mark one as not in this RMP, accept every other: the count goes down to 0.
  await items.filter({ has: page.getByRole('button', { name: '確認した / Accept' }) }).first()
    .getByRole('button', { name: 'この RMP にはない / Not in this RMP' }).click();
  await expect(count).toHaveText(String(total - 2));
  for (let left = total - 2; left > 0; left--) {
    await page.getByRole('button', { name: '確認した / Accept' }).first().click();
    await expect(count).toHaveText(String(left - 1));
  }
  await expect(finish).toBeEnabled();

  // A reload and the same text again: nothing is lost.
  await page.reload();
  await importSeed();
  await expect(count).toHaveText('0');
  await expect(items.filter({ hasText: '16.6%' }).first()).toContainText('修正済み / Corrected');
  // Undo one: it is open again, and the document cannot be had until it is resolved.
  await items.first().getByRole('button', { name: '元に戻す / Undo' }).click();
  await expect(count).toHaveText('1');
  await expect(finish).toBeDisabled();
  await items.first().getByRole('button', { name: '確認した / Accept' }).click();
  await expect(count).toHaveText('0');

  const [download] = await Promise.all([page.waitForEvent('download'), finish.click()]);
  check(download.suggestedFilename() === 'rmp-import.json', download.suggestedFilename());
  const file = await download.path();
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  check(doc.import_draft === undefined, 'the finished document has no import_draft');
  check(JSON.stringify(doc.safety_specification.identified_risks).includes('点滴静注製剤'), 'the correction is in the document');
  // `rmp validate` reads it as a finished document.
  const said = execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'validate', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  check(/: valid\b/.test(said) && !/error\[/.test(said), said);
});

test('every value leads to its lines and back: pointing at a value marks its source lines, choosing a line shows its value', async ({ page }) => {
  await page.goto(base + 'dist/import.html');
  await page.getByRole('textbox', { name: /^RMP のテキスト/ }).fill(seed);
  await page.getByRole('button', { name: /取り込む/ }).click();
  await expect(page.locator('#import-status')).toHaveText(/確認が必要な項目 \d+ 件/);
  const said = page.locator('#source-said');
  const marked = page.locator('#source-lines li.imp-marked');

  // A line of the fourth concern's reason (as `rmp import` places it): the viewer opens that card, scrolled to the text.
  const draft = JSON.parse(execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'import', join(root, 'crates', 'import', 'tests', 'fixtures', 'lunsumio-2026-03-23.txt')], { cwd: root, maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] }));
  const reason = draft.import_draft.sources.find((s) => s.path === 'safety_specification.identified_risks[3].reason');
  const fourth = draft.safety_specification.identified_risks[3].id;
  await page.locator(`#source-line-${reason.lines[0]}`).click();
  await expect(said).toContainText('この値の元');
  await expect(said).toContainText('.reason');
  await expect(page.locator('#import-viewer')).toHaveAttribute('open', fourth);
  await expect(page.locator('#import-viewer')).toHaveAttribute('data-shown-source', 'safety_specification.identified_risks[3].reason');

  // Pointing at a value in the viewer marks its lines: the first paragraph of that reason.
  const paragraph = inViewer(page, `#risk-${fourth} p`).filter({ hasText: draft.safety_specification.identified_risks[3].reason[0].slice(0, 12) }).first();
  const name = await paragraph.textContent();
  await page.locator('#source-said').evaluate((e) => { e.textContent = ''; });
  await paragraph.click();
  await expect(said).toContainText('この値の元');
  const squeezed = (s) => s.normalize('NFKC').replace(/\s+/g, '');
  const lines = (await marked.allTextContents()).map(squeezed).join('');
  check(squeezed(name).includes(lines.slice(0, 20)) || lines.includes(squeezed(name).slice(0, 20)), `marked ${lines.slice(0, 40)} for ${name.slice(0, 40)}`);

  // A review item about a concern's value leads to its lines, and to the value.
  const about = draft.import_draft.review.find((r) => r.lines?.length && /^safety_specification\.identified_risks\[\d+\]/.test(r.path ?? ''));
  const k = Number(/identified_risks\[(\d+)\]/.exec(about.path)[1]);
  const item = page.locator('#review-list > li').filter({ hasText: about.what.slice(0, 30) }).first();
  await item.getByRole('button', { name: '元の行を見る / Show its lines' }).click();
  await expect(said).toContainText(`確認する行：${about.lines[0]}–`);
  await expect(page.locator(`#source-line-${about.lines[0]}`)).toHaveClass(/imp-marked/);
  await item.getByRole('button', { name: '値を見る / Show the value' }).click();
  await expect(page.locator('#import-viewer')).toHaveAttribute('open', draft.safety_specification.identified_risks[k].id);
});

// The seed printed as its PDF is (A4 pages, a running header, page numbers,
// a table's cells set apart), imported back by `rmp import RMP.pdf` with
// poppler's pdftotext, in its reading order and with -layout, and by the
// import page with pdf.js: the same document as the seed's text. A PDF that
// asks for a password, a scan and a PDF of something else get their
// messages, on the command line and in the page. Laid out tight (cells a single space apart,
// which an extraction may run together), every value is the text's or left
// out: never another.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, check, expect, root, test } from './fixtures.mjs';
import { lockedPdf, otherPdf, scanPdf, seedPdf } from './seed-pdf.mjs';
import { squeeze } from './shared.mjs';

const out = join(root, 'target', 'e2e-pdf');
mkdirSync(out, { recursive: true });

/** `rmp import FILE`: the draft, without its import notes (they name the file and its lines). */
function imported(file) {
  const json = execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'import', file], { cwd: root, maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  const rmp = JSON.parse(json);
  delete rmp.import_draft;
  return rmp;
}

const seedDraft = imported(join(root, 'crates', 'import', 'tests', 'fixtures', 'lunsumio-2026-03-23.txt'));
const absent = (v) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
/** Text as a PDF's extraction may space it: NFKC, without whitespace. */

/** The paths where `got` holds a value the seed's draft does not: absent values aside, text compared without spaces. */
function differences(want, got, path = '') {
  if (absent(got)) return [];
  if (typeof got === 'string' && typeof want === 'string') return squeeze(got) === squeeze(want) ? [] : [`${path}: ${JSON.stringify(want)?.slice(0, 80)} ≠ ${JSON.stringify(got).slice(0, 80)}`];
  if (typeof got !== 'object' || typeof want !== 'object' || want === null) return got === want ? [] : [`${path}: ${JSON.stringify(want)} ≠ ${JSON.stringify(got)}`];
  return Object.keys(got).flatMap((k) => differences(want[k], got[k], `${path}.${k}`));
}

/** JSON with every object's keys in order: two documents compared by their values. */
const canonical = (value) => JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

/** How many strings and numbers `value` holds. */
const leaves = (value) => (value && typeof value === 'object' ? Object.values(value).reduce((n, v) => n + leaves(v), 0) : absent(value) ? 0 : 1);

test('the seed as an A4 PDF imports to the same document as its text, by reading order and by -layout', async ({ page }) => {
  const pdf = join(out, 'seed.pdf');
  writeFileSync(pdf, await seedPdf(page));
  const fromPdf = imported(pdf);
  check(JSON.stringify(fromPdf) === JSON.stringify(seedDraft), `rmp import seed.pdf: ${differences(seedDraft, fromPdf).slice(0, 5).join('\n')}`);
  const text = join(out, 'seed-layout.txt');
  execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, text]);
  const fromLayout = imported(text);
  check(JSON.stringify(fromLayout) === JSON.stringify(seedDraft), `pdftotext -layout: ${differences(seedDraft, fromLayout).slice(0, 5).join('\n')}`);
});

test('laid out tight, the PDF\'s draft holds only the text\'s values: what the extraction ran together is left out', async ({ page }) => {
  const pdf = join(out, 'seed-tight.pdf');
  writeFileSync(pdf, await seedPdf(page, undefined, { tight: true }));
  const fromPdf = imported(pdf);
  const wrong = differences(seedDraft, fromPdf);
  check(wrong.length === 0, `values that differ from the text's:\n${wrong.slice(0, 10).join('\n')}`);
  // Not an empty draft passing for a faithful one: most of the document is there.
  check(leaves(fromPdf) > 0.8 * leaves(seedDraft), `${leaves(fromPdf)} of ${leaves(seedDraft)} values`);
});

/** The draft the import page offers for download, without its import notes. */
async function pageDraft(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下書きの JSON/ }).click()]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

test('the import page reads the seed\'s PDF with pdf.js, offline: the same document as the text, the radicals its fonts give listed', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const pdfs = [['lunsumio.pdf', await seedPdf(page)], ['lunsumio-tight.pdf', await seedPdf(page, undefined, { tight: true })]];
  await page.goto(base + 'dist/import.html');
  for (const [name, pdf] of pdfs) {
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
    await expect(page.locator('#import-status')).toHaveText(/確認が必要な項目 \d+ 件/, { timeout: 60_000 });
    await expect(page.locator('#import-viewer').locator('.rmp-draft')).toContainText(name);
    await expect(page.locator('#import-summary')).toContainText('144 emitted, 0 withheld');
    const draft = await pageDraft(page);
    check(draft.import_draft.source === name, `the draft names ${draft.import_draft.source}`);
    check(draft.import_draft.review.some((item) => /radicals/.test(item.what)), 'the radicals read as kanji are listed');
    delete draft.import_draft;
    // (The page's importer writes an object's keys in another order.)
    check(canonical(draft) === canonical(seedDraft), `${name}: ${differences(seedDraft, draft).slice(0, 5).join('\n')}`);
  }
  const foreign = requests.filter((u) => !u.startsWith(base + 'dist/') && !u.startsWith('blob:') && !u.startsWith('data:'));
  check(foreign.length === 0, `requests outside the bundle: ${foreign.join(', ')}`);
});

test('a PDF that asks for a password, a scan and a PDF of something else: a message each, by the page and by rmp import', async ({ page }) => {
  const cases = [
    ['locked.pdf', lockedPdf(), /パスワードで保護/, /encrypted \(it asks for a password\)/],
    ['scan.pdf', await scanPdf(page), /2 ページ）には文字のデータがありません/, /no text layer: its 2 page/],
    ['other.pdf', await otherPdf(page), /no part of an RMP/, /no part of an RMP/],
  ];
  await page.goto(base + 'dist/import.html');
  for (const [name, pdf, inPage, byTool] of cases) {
    await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
    await expect(page.locator('#import-error')).toContainText(name, { timeout: 30_000 });
    await expect(page.locator('#import-error')).toContainText(inPage);
    await expect(page.locator('#import-result')).toBeHidden();
    const file = join(out, name);
    writeFileSync(file, pdf);
    let said = '';
    try {
      execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'import', file], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      said = e.stderr.toString();
      check(e.status === 1, `rmp import ${name}: exit ${e.status}`);
    }
    check(byTool.test(said), `rmp import ${name}: ${said}`);
  }
});

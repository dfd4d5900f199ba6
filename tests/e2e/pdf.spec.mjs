// The seed printed as its PDF is (A4 pages, a running header, page numbers,
// a table's cells set apart), imported back by `rmp import RMP.pdf` with
// poppler's pdftotext, in its reading order and with -layout: the same
// document as the seed's text. Laid out tight (cells a single space apart,
// which an extraction may run together), every value is the text's or left
// out: never another.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, root, test } from './fixtures.mjs';
import { seedPdf } from './seed-pdf.mjs';

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
const squeeze = (s) => s.normalize('NFKC').replace(/\s+/g, '');

/** The paths where `got` holds a value the seed's draft does not: absent values aside, text compared without spaces. */
function differences(want, got, path = '') {
  if (absent(got)) return [];
  if (typeof got === 'string' && typeof want === 'string') return squeeze(got) === squeeze(want) ? [] : [`${path}: ${JSON.stringify(want)?.slice(0, 80)} ≠ ${JSON.stringify(got).slice(0, 80)}`];
  if (typeof got !== 'object' || typeof want !== 'object' || want === null) return got === want ? [] : [`${path}: ${JSON.stringify(want)} ≠ ${JSON.stringify(got)}`];
  return Object.keys(got).flatMap((k) => differences(want[k], got[k], `${path}.${k}`));
}

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

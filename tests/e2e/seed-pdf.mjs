// The seed's text laid out as its PDF is: A4 pages with the company's running
// header and a page number at the foot, every line of the text where it was
// (no line wrapped), the pieces a space parts set apart as a table's cells
// are, printed to PDF by Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './launch.mjs';

export const seedText = readFileSync(join(root, 'crates', 'import', 'tests', 'fixtures', 'lunsumio-2026-03-23.txt'), 'utf8');
const LINES_PER_PAGE = 48;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The HTML of the seed's pages. `tight`: the pieces of a line a single space
 * apart, as in the text (an extraction may then run two cells together).
 */
export function seedPages(text = seedText, { tight = false } = {}) {
  const lines = text.replace(/\n$/, '').split('\n');
  const pages = [];
  for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  const body = pages.map((page, k) => `
<section>
  <header><span>ルンスミオ®点滴静注・皮下注</span><span>医薬品リスク管理計画書</span></header>
  ${page.map((l) => `<div>${l.trim() ? l.trim().split(/ +/).map(escape).join(tight ? ' ' : '<i></i>') : '&nbsp;'}</div>`).join('\n  ')}
  <footer>- ${k + 1} -</footer>
</section>`).join('');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 14mm 15mm; }
body { margin: 0; font: 9pt/1.4 'Noto Sans CJK JP', sans-serif; }
section { height: 268mm; position: relative; break-after: page; }
header { display: flex; justify-content: space-between; font-size: 8pt; border-bottom: 0.3pt solid #000; margin-bottom: 4mm; }
div { white-space: pre; }
i { display: inline-block; width: 1.2em; }
footer { position: absolute; bottom: 0; width: 100%; text-align: center; }
</style></head><body>${body}</body></html>`;
}

/** The seed as a PDF, printed by `page` (a Playwright page of Chromium). */
export async function seedPdf(page, text = seedText, layout = {}) {
  await page.setContent(seedPages(text, layout));
  return page.pdf({ format: 'A4', preferCSSPageSize: true });
}

/** A one-page PDF a reader cannot open without its password (the standard security handler, RC4 40-bit). */
export function lockedPdf() {
  const hex = (n, seed) => Array.from({ length: n }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 11)}> /U <${hex(32, 29)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF of pages that are pictures only, as a scan is: no text layer. */
export async function scanPdf(page) {
  await page.setContent('<!doctype html><style>@page { size: A4; margin: 0 } div { height: 290mm; background: repeating-linear-gradient(#444 0 2mm, #fff 2mm 6mm); break-after: page }</style><div></div><div></div>');
  return page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
}

/** A PDF with text that is no RMP. */
export async function otherPdf(page) {
  await page.setContent('<!doctype html><html lang="ja"><meta charset="utf-8"><p style="font: 12pt sans-serif">吾輩は猫である。名前はまだ無い。</p>');
  return page.pdf({ format: 'A4' });
}

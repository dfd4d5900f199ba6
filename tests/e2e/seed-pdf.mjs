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

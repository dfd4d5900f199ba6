// The Lunsumio document as the specs compare against it, and small steps
// several specs take.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, root } from './launch.mjs';

export const dataset = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
export const risks = dataset.safety_specification.identified_risks;

/** The text of each page of a PDF, as a reader's PDF viewer extracts it (pdf.js). */
export async function pdfText(pdf) {
  // Node 20 lacks what pdf.js expects of a newer runtime.
  Promise.withResolvers ??= function withResolvers() {
    let resolve, reject;
    const promise = new Promise((yes, no) => { resolve = yes; reject = no; });
    return { promise, resolve, reject };
  };
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str ?? '').join(''));
  }
  await doc.cleanup?.();
  return pages;
}

/**
 * Text as compared across PDF and screen: NFKC (a PDF's fonts may map a kanji
 * to its Kangxi radical, 用 as ⽤, which NFKC folds back) and without whitespace.
 */
export const squeeze = (text) => text.normalize('NFKC').replace(/\s+/g, '');

/** Pages in a PDF from Chromium: the root of the page tree counts them all (the largest /Count). */
export const pageCount = (pdf) => Math.max(0, ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));

/** Opens the risk view (or `hash`) and waits for the cards. */
export async function openRisks(page, hash = '#risks') {
  await page.goto(base + hash);
  await page.waitForSelector('.rmp-card-heading button');
}

/**
 * 14 concerns, 8 of them generated with 20 cohorts × 10 events: 3,344 cells,
 * above the limit under which card bodies are drawn at once (`rmp synth`).
 */
export const largeDocument = () => execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'synth', '--risks', '14', '--cohorts', '20', '--events', '10', '--activities', '12'], { cwd: root, maxBuffer: 64 << 20 });

/**
 * A document at the matrix's limit: 245 concerns × 204 activity entries,
 * 49,980 cells (MAX_MATRIX_CELLS is 50,000; `rmp synth`).
 */
export const matrixLimitDocument = () => execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'synth', '--risks', '245', '--activities', '200', '--cohorts', '1', '--events', '1'], { cwd: root, maxBuffer: 64 << 20 }).toString();

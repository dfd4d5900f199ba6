// The text of a PDF, as the importer reads it: pages at form feeds, each
// page's lines from the top down, a line's pieces from left to right, a
// piece set apart by a wide gap (a table's cell) two spaces from the next,
// as `pdftotext -layout` writes them. pdf.js (Mozilla's; its legacy build,
// worker, CMaps and standard fonts, served beside this page) reads the PDF
// in this browser: nothing is sent anywhere, and it is loaded only when a
// PDF is dropped or picked.

const here = (path) => new URL(path, import.meta.url).href;

/** Why a PDF gave no text to import. */
export class PdfProblem extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

let pdfjs = null;
/** pdf.js, loaded once. */
function library() {
  pdfjs ??= import(here('./pdfjs/pdf.min.mjs')).then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = here('./pdfjs/pdf.worker.min.mjs');
    return lib;
  });
  return pdfjs;
}

/**
 * A page's text items as lines: items whose baselines are within half a
 * character's height of each other are one line (a superscript stays on its
 * line); a gap of a character's width or more between two items is a cell's
 * edge.
 */
export function pageLines(items) {
  const pieces = items
    .filter((item) => typeof item.str === 'string' && item.str.trim() !== '')
    .map((item) => ({
      str: item.str,
      x: item.transform[4],
      y: item.transform[5],
      size: Math.hypot(item.transform[2], item.transform[3]) || item.height || 1,
      width: item.width,
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const piece of pieces) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) <= line.size / 2) {
      line.pieces.push(piece);
      line.size = Math.max(line.size, piece.size);
    } else {
      lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
    }
  }
  const out = [];
  let above = null;
  for (const { y, size, pieces: row } of lines) {
    if (above !== null && above - y > size * 1.8) out.push('');
    above = y;
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = null;
    for (const piece of row) {
      if (end !== null) {
        const gap = piece.x - end;
        if (gap >= piece.size * 2) text += '  ';
        else if (gap >= piece.size * 0.2 && !text.endsWith(' ') && !piece.str.startsWith(' ')) text += ' ';
      }
      text += piece.str;
      end = piece.x + piece.width;
    }
    out.push(text.trimEnd());
  }
  return out;
}

/**
 * The text of the PDF in `bytes`: `{ text, pages }`, the pages parted by form
 * feeds. Throws a PdfProblem: `password` (encrypted), `scan` (no text on
 * any page), `broken` (not a PDF pdf.js can read).
 */
export async function pdfText(bytes) {
  const lib = await library();
  const task = lib.getDocument({
    data: bytes,
    cMapUrl: here('./pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: here('./pdfjs/standard_fonts/'),
    isEvalSupported: false,
    enableXfa: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    task.destroy();
    if (e?.name === 'PasswordException') {
      throw new PdfProblem('password', 'この PDF はパスワードで保護されています。パスワードなしで開ける PDF を取り込んでください / This PDF is password-protected: import a copy that opens without a password.');
    }
    throw new PdfProblem('broken', `この PDF を読めませんでした / This PDF could not be read: ${e?.message ?? e}`);
  }
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items).join('\n'));
      page.cleanup();
    }
    if (pages.every((p) => p.trim() === '')) {
      throw new PdfProblem('scan', `この PDF（${pages.length} ページ）には文字のデータがありません。スキャンした画像の PDF と思われます：OCR で文字を付けてから取り込んでください / This PDF (${pages.length} pages) has no text layer: it looks like a scan. Run OCR on it first, then import it.`);
    }
    return { text: `${pages.join('\n\f')}\n`, pages: pages.length };
  } finally {
    task.destroy();
  }
}

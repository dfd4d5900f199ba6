// The import page: a PDF or its text in (pasted, picked or dropped; a PDF's
// text read by pdf.js in this browser), the importer's wasm
// (its own module, loaded by this page only) makes the draft, the viewer
// shows it, and the review list stands beside it. Nothing leaves the browser.
import init, { finishDocument, importText } from './import-pkg/rmp_import.js';
import { HOW, Resolutions, editable, readBack, textKey, valueAt } from './import-finish.js';
import { SourcePanel } from './import-source.js';
import './rmp-viewer.js';
import { keptLanguage } from './takeover.js';

const $ = (id) => document.getElementById(id);
const text = $('import-text');
const status = $('import-status');
const error = $('import-error');
const result = $('import-result');
const viewer = $('import-viewer');
// The language the reader chose in the standalone viewer.
const kept = keptLanguage();
if (kept) viewer.setAttribute('lang', kept);
let ready = null;
let last = null;
const source = new SourcePanel($('source-lines'), $('source-said'), viewer);

/** The importer's limit (rmp_model::MAX_INPUT_BYTES): a larger text is refused before it is read whole. */
const MAX_BYTES = 16 * 1024 * 1024;
/** A paste larger than this is imported without being put into the text box (which would take the page minutes). */
const SHOWN_BYTES = 1024 * 1024;
/** What a pasted text is called in the draft and the review. */
const PASTED = '貼り付けたテキスト';

const megabytes = (n) => (n / (1024 * 1024)).toFixed(1);
/** The message for a text over the limit. */
const tooLarge = (what, bytes) =>
  `${what}は ${megabytes(bytes)} MB で、上限の 16 MB を超えています（RMP のテキストは 1 MB 未満です） / ` +
  `${what === PASTED ? 'The pasted text' : what} is ${megabytes(bytes)} MB; the limit is 16 MB (an RMP's text is well under 1 MB).`;

/** Loads the importer once. */
function importer() {
  ready ??= init({ module_or_path: new URL('./import-pkg/rmp_import_bg.wasm', import.meta.url) });
  return ready;
}

function fail(message) {
  error.textContent = message;
  error.hidden = false;
  status.textContent = '';
}

/** Imports bytes named `name`: the draft in the viewer, the review list beside it. */
async function run(bytes, name) {
  error.hidden = true;
  status.textContent = '取り込み中… / Importing…';
  try {
    await importer();
  } catch (e) {
    fail(`取り込み機能を読み込めませんでした / The importer could not be loaded: ${e.message}`);
    return;
  }
  const answer = JSON.parse(importText(bytes, name));
  if (!answer.ok) {
    result.hidden = true;
    fail(`${name}: ${answer.error}`);
    return;
  }
  const doc = answer.document;
  const review = doc.import_draft.review;
  const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
  last = { ...answer, name, review, lines, resolutions: new Resolutions(textKey(bytes)) };
  const t = answer.tally;
  $('import-summary').textContent =
    `${t.placed} 行を取り込み、${t.not_placed} 行は取り込めず、${t.dropped} 行をページの飾り（ヘッダーやページ番号）として除きました。` +
    `発現状況のセルは ${answer.cells.emitted} 件を取り込み、${answer.cells.withheld} 件を保留しました / ` +
    `${t.placed} lines placed, ${t.not_placed} not placed, ${t.dropped} dropped as page furniture; ` +
    `incidence cells: ${answer.cells.emitted} emitted, ${answer.cells.withheld} withheld.`;
  $('review-list').replaceChildren(...review.map((item) => reviewItem(item)));
  counted();
  viewer.data = last.resolutions.corrected(doc, review);
  source.show(lines, doc);
  result.hidden = false;
  const open = last.resolutions.open(review);
  status.textContent = `取り込み下書き：確認が必要な項目 ${open} 件 / Imported draft: ${open} item${open === 1 ? '' : 's'} to review`;
}

/** The count of items still to resolve, and whether the finished document can be had. */
function counted() {
  const open = last.resolutions.open(last.review);
  $('review-count').textContent = String(open);
  const finish = $('download-finished');
  finish.disabled = open > 0;
  $('finish-state').textContent = open > 0
    ? `あと ${open} 件を確認すると、完成した文書をダウンロードできます / Resolve ${open} more item${open === 1 ? '' : 's'} to download the finished document.`
    : 'すべての項目を確認しました / Every item is resolved.';
}

/** A button. */
function button(text, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** After a resolution changes: the item drawn again, focus kept in it, the count and the viewer brought up to date. */
function resolved(item, li, resolution) {
  last.resolutions.set(item, resolution);
  const again = reviewItem(item);
  li.replaceWith(again);
  again.querySelector('.imp-resolve button, .imp-resolve textarea')?.focus();
  counted();
  if (!resolution || resolution.how === 'corrected') viewer.data = last.resolutions.corrected(last.document, last.review);
}

/** The editor of an item's value: its text, saved as a correction. */
function editor(item, li, box) {
  const { kind, text } = editable(valueAt(last.resolutions.corrected(last.document, last.review), item.path));
  const label = document.createElement('label');
  label.textContent = kind === 'json' ? '値（JSON） / Value (JSON)' : kind === 'lines' ? '値（1 行に 1 つ） / Value (one per line)' : '値 / Value';
  const area = document.createElement('textarea');
  area.value = text;
  area.rows = Math.min(16, Math.max(3, text.split('\n').length + 1));
  area.spellcheck = false;
  label.append(area);
  const problem = document.createElement('p');
  problem.className = 'imp-edit-problem';
  problem.setAttribute('role', 'alert');
  const save = button('保存 / Save', () => {
    try {
      resolved(item, li, { how: 'corrected', value: readBack(kind, area.value) });
    } catch (e) {
      problem.textContent = e.message;
    }
  });
  const cancel = button('やめる / Cancel', () => resolved(item, li, last.resolutions.get(item) ?? null));
  box.replaceChildren(label, problem, save, cancel);
  area.focus();
}

/** What the reader can do with an item, or what they did. */
function controls(item, li) {
  const box = document.createElement('div');
  box.className = 'imp-resolve';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'この項目の扱い / Resolve this item');
  const done = last.resolutions.get(item);
  if (done) {
    const said = document.createElement('span');
    said.className = 'imp-resolution';
    said.textContent = HOW[done.how];
    box.append(said, button('元に戻す / Undo', () => resolved(item, li, null)));
    return box;
  }
  box.append(button('確認した / Accept', () => resolved(item, li, { how: 'accepted' })));
  // A value at one place can be corrected, or filled in where the text lacked it.
  if (item.path && !(item.paths?.length > 1)) {
    const value = valueAt(last.document, item.path);
    const empty = value == null || value === '' || (Array.isArray(value) && value.length === 0);
    box.append(button(empty ? '書き足す / Fill in' : '直す / Correct', () => editor(item, li, box)));
  }
  box.append(button('この RMP にはない / Not in this RMP', () => resolved(item, li, { how: 'absent' })));
  return box;
}

/** A review item: its sentence, what to do with it, and in its details the places it is about and its source lines. */
function reviewItem(item) {
  const lines = last.lines;
  const li = document.createElement('li');
  if (last.resolutions.get(item)) li.classList.add('imp-resolved');
  const what = document.createElement('p');
  what.textContent = item.what;
  li.append(what);
  // A text mostly not understood: the first item, and the first thing read.
  if (!item.path && /^このテキストの大部分は/.test(item.what)) li.classList.add('imp-not-understood');
  const places = item.paths?.length ? item.paths : item.path ? [item.path] : [];
  if (places.length) {
    const where = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = places.length === 1 ? '場所 / Where' : `場所 ${places.length} か所 / ${places.length} places`;
    const list = document.createElement('ul');
    list.replaceChildren(...places.map((p) => {
      const entry = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = p;
      entry.append(code);
      return entry;
    }));
    where.append(summary, list);
    li.append(where);
  }
  if (item.lines?.length) {
    const source = document.createElement('details');
    const summary = document.createElement('summary');
    const [first, last] = [item.lines[0], item.lines[item.lines.length - 1]];
    summary.textContent = first === last
      ? `元の行 ${first} / source line ${first}`
      : `元の行 ${first}–${last}（${item.lines.length} 行） / source lines ${first}–${last} (${item.lines.length})`;
    const pre = document.createElement('pre');
    pre.lang = 'ja';
    pre.textContent = item.lines.map((n) => `${n}: ${lines[n - 1] ?? ''}`).join('\n');
    source.append(summary, pre);
    li.append(source);
  }
  li.append(goTo(item), controls(item, li));
  return li;
}

/** The way from an item to its value in the viewer and to its lines beside it. */
function goTo(item) {
  const row = document.createElement('div');
  row.className = 'imp-goto';
  if (item.path) row.append(button('値を見る / Show the value', () => source.showValue(item.path, last.document.import_draft.sources?.find((s) => s.path === item.path)?.text)));
  if (item.lines?.length) row.append(button('元の行を見る / Show its lines', () => source.markLines(item.lines)));
  return row;
}

/** Offers `body` as a file named `name`. */
function download(body, name, type) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stem = (name) => (name === PASTED ? 'rmp-import' : name.replace(/\.[^.]*$/, '') || 'rmp');

$('import-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!text.value.trim()) {
    fail('テキストがありません / There is no text to import.');
    text.focus();
    return;
  }
  run(new TextEncoder().encode(text.value), PASTED);
});

// A large paste is checked and imported as it is, never shown whole in the text box.
text.addEventListener('paste', (event) => {
  const pasted = event.clipboardData?.getData('text/plain') ?? '';
  // (A UTF-16 unit is at most 3 bytes of UTF-8.)
  if (pasted.length * 3 <= SHOWN_BYTES) return;
  const bytes = new TextEncoder().encode(pasted);
  if (bytes.length <= SHOWN_BYTES) return;
  event.preventDefault();
  text.value = '';
  if (bytes.length > MAX_BYTES) {
    fail(tooLarge(PASTED, bytes.length));
    return;
  }
  run(bytes, PASTED);
});

/** Whether `bytes` are a PDF's: `%PDF-` within the first kilobyte (where readers look for it). */
const isPdf = (bytes) => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

/** A PDF's text, read in this browser by pdf.js (loaded now, for the first PDF). */
async function pdfToText(bytes, name) {
  error.hidden = true;
  status.textContent = 'PDF を読んでいます… / Reading the PDF…';
  try {
    const { pdfText } = await import('./pdf-text.js');
    const { text: extracted, pages } = await pdfText(bytes);
    status.textContent = `PDF の ${pages} ページを読みました / Read ${pages} pages of the PDF`;
    return new TextEncoder().encode(extracted);
  } catch (e) {
    result.hidden = true;
    fail(`${name}: ${e.kind ? e.message : `PDF を読めませんでした / The PDF could not be read: ${e.message}`}`);
    return null;
  }
}

async function readFile(file) {
  if (!file) return;
  if (file.size > MAX_BYTES) {
    fail(tooLarge(file.name, file.size));
    return;
  }
  let bytes = new Uint8Array(await file.arrayBuffer());
  if (isPdf(bytes)) {
    bytes = await pdfToText(bytes, file.name);
    if (!bytes) return;
  }
  run(bytes, file.name);
}

$('import-file').addEventListener('change', (event) => readFile(event.target.files[0]));
const drop = $('import-drop');
for (const target of [drop, text]) {
  target.addEventListener('dragover', (event) => { event.preventDefault(); drop.classList.add('imp-over'); });
  target.addEventListener('dragleave', () => drop.classList.remove('imp-over'));
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('imp-over');
    readFile(event.dataTransfer.files[0]);
  });
}
$('download-json').addEventListener('click', () => {
  if (last) download(`${JSON.stringify(last.document, null, 1)}\n`, `${stem(last.name)}.draft.json`, 'application/json');
});
$('download-finished').addEventListener('click', () => {
  if (!last || last.resolutions.open(last.review) > 0) return;
  const answer = JSON.parse(finishDocument(JSON.stringify(last.resolutions.corrected(last.document, last.review))));
  const problems = $('finish-errors');
  if (!answer.ok) {
    problems.replaceChildren(...answer.errors.map((e) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = e.path;
      li.append(code, ` ${e.message}`);
      return li;
    }));
    problems.hidden = false;
    $('finish-state').textContent = `完成した文書に誤りがあります（${answer.errors.length} 件）。直してからもう一度 / The finished document has ${answer.errors.length} error${answer.errors.length === 1 ? '' : 's'}: correct them and try again.`;
    return;
  }
  problems.hidden = true;
  download(`${JSON.stringify(answer.document, null, 1)}\n`, `${stem(last.name)}.json`, 'application/json');
});
$('download-report').addEventListener('click', () => {
  if (last) download(last.report, `${stem(last.name)}.import-report.md`, 'text/markdown');
});

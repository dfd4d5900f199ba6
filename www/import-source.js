// The source beside the draft on the import page: the imported text, line
// by line, and the way between a value and the lines it came from
// (import_draft.sources). Pointing at a value in the viewer shows its lines
// here; choosing a line shows its value in the viewer; both are scrolled
// to each other.

import { steps } from './import-finish.js';

/** The most lines the panel shows (an RMP's text has a few thousand). */
const SHOWN_LINES = 20000;

/** Text as compared: NFKC, no whitespace. */
const squeeze = (s) => s.normalize('NFKC').replace(/\s+/g, '');


/** Where in the viewer a value at `path` is shown: the element's attributes for it. */
export function placeOf(doc, path) {
  const [part, a, b] = steps(path);
  if (part === 'safety_specification' && b !== undefined) return { view: 'risks', open: doc.safety_specification?.[a]?.[b]?.id };
  if (part === 'efficacy_considerations' && a !== undefined) return { view: 'risks', open: doc.efficacy_considerations?.[a]?.id };
  if ((part === 'pv_plan' || part === 'rm_plan') && a === 'additional' && b !== undefined) return { activity: doc[part].additional[b]?.id };
  if (part === 'efficacy_studies' && a !== undefined) return { activity: doc.efficacy_studies[a]?.id };
  if (part === 'overview' || part === 'change_history') return { view: 'overview' };
  if (part === 'lists' || part === 'pv_plan' || part === 'rm_plan' || part === 'efficacy_studies') return { view: 'plan' };
  if (part === 'safety_specification') return { view: 'risks' };
  return { view: 'summary' };
}

export class SourcePanel {
  /** `list` is the panel's <ol>, `said` its status line, `viewer` the <rmp-viewer>. */
  constructor(list, said, viewer) {
    Object.assign(this, { list, said, viewer, sources: [], doc: null, marked: [] });
    list.addEventListener('click', (event) => {
      const li = event.target.closest('li[data-line]');
      if (li) this.showValueOf(Number(li.dataset.line));
    });
    list.addEventListener('keydown', (event) => {
      const li = event.target.closest('li[data-line]');
      if (li && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.showValueOf(Number(li.dataset.line));
      }
    });
    viewer.addEventListener('click', (event) => this.showSourceOf(event.composedPath()[0]));
  }

  /** Shows the lines of a new import: `lines` the text's, `doc` the draft. */
  show(lines, doc) {
    this.doc = doc;
    this.sources = doc.import_draft?.sources ?? [];
    this.marked = [];
    const placed = new Set();
    for (const s of this.sources) for (let n = s.lines[0]; n <= s.lines[1]; n++) placed.add(n);
    // Blank lines are left out (each line keeps its number), and a text
    // longer than any RMP is shown only so far.
    const shown = [];
    for (let i = 0; i < lines.length && shown.length < SHOWN_LINES; i++) if (lines[i].trim()) shown.push(i);
    const items = shown.map((i) => {
      const text = lines[i];
      const li = document.createElement('li');
      li.value = i + 1;
      li.dataset.line = String(i + 1);
      li.id = `source-line-${i + 1}`;
      li.textContent = text;
      if (placed.has(i + 1)) {
        li.tabIndex = -1;
        li.classList.add('imp-placed');
      }
      return li;
    });
    if (shown.length === SHOWN_LINES) {
      const more = document.createElement('li');
      more.className = 'imp-more';
      more.textContent = `ここから先（${lines.length - shown[shown.length - 1] - 1} 行）は表示していません / The rest (${lines.length - shown[shown.length - 1] - 1} lines) is not shown`;
      items.push(more);
    }
    this.list.replaceChildren(...items);
    this.said.textContent = '下書きの値を選ぶと、その元の行をここに示します / Choose a value in the draft to see the lines it came from here.';
  }

  /** Marks lines `first`–`last`, scrolls the panel to them, and says what they are. */
  mark(first, last, sentence) {
    for (const li of this.marked) li.classList.remove('imp-marked');
    this.marked = [];
    for (let n = first; n <= last; n++) {
      const li = this.list.querySelector(`#source-line-${n}`);
      if (li) {
        li.classList.add('imp-marked');
        this.marked.push(li);
      }
    }
    const top = this.marked[0];
    if (top) this.list.scrollTop = top.offsetTop - this.list.offsetTop - this.list.clientHeight / 3;
    this.said.textContent = sentence;
  }

  /** The lines of one source, marked. */
  markSource(s) {
    const page = s.page ? `（${s.page} ページ）` : '';
    const pageEn = s.page ? ` (page ${s.page})` : '';
    const where = s.lines[0] === s.lines[1] ? `${s.lines[0]}` : `${s.lines[0]}–${s.lines[1]}`;
    this.mark(s.lines[0], s.lines[1], `この値の元：${where} 行目${page} / Source of this value: line${s.lines[0] === s.lines[1] ? '' : 's'} ${where}${pageEn} — ${s.path}`);
  }

  /** Lines a review item is about, marked. */
  markLines(lines) {
    if (!lines?.length) return;
    const [first, last] = [lines[0], lines[lines.length - 1]];
    this.mark(first, last, `確認する行：${first}–${last} / The lines to check: ${first}–${last}`);
  }

  /** The value a line went to, shown in the viewer and scrolled to. */
  showValueOf(line) {
    const s = this.sources.find((x) => x.lines[0] <= line && line <= x.lines[1]);
    if (!s) {
      this.mark(line, line, `${line} 行目は値になっていません（見出し・ページの飾り・取り込めなかった行） / Line ${line} is in no value (a heading, page furniture or a line not imported)`);
      return;
    }
    this.markSource(s);
    this.showValue(s.path, s.text);
  }

  /** Goes to where the viewer shows the value at `path`, and scrolls to the text `near` there. */
  showValue(path, near = '') {
    const place = placeOf(this.doc, path);
    const v = this.viewer;
    for (const name of ['open', 'activity']) v.removeAttribute(name);
    if (place.activity) v.setAttribute('activity', place.activity);
    else {
      v.setAttribute('view', place.view);
      if (place.open) v.setAttribute('open', place.open);
    }
    const want = squeeze(near.split('\n')[0] ?? '');
    if (!want) return;
    // Once the view is drawn: the element that shows the text, brought into view.
    let tries = 0;
    const find = () => {
      const root = v.shadowRoot;
      const all = root ? [...root.querySelectorAll('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, summary, caption')] : [];
      const hit = all.filter((el) => squeeze(el.textContent ?? '').includes(want))
        .sort((a, b) => (a.textContent?.length ?? 0) - (b.textContent?.length ?? 0))[0];
      if (hit) {
        hit.scrollIntoView({ block: 'center' });
        hit.animate([{ outline: '3px solid #005a9c' }, { outline: '3px solid transparent' }], { duration: 1600 });
        v.dataset.shownSource = path;
      } else if (++tries < 40) requestAnimationFrame(find);
    };
    requestAnimationFrame(find);
  }

  /** The source of the value shown by `target` (an element in the viewer), marked. */
  showSourceOf(target) {
    const el = target?.closest?.('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, summary, caption, a, span');
    const text = squeeze(el?.textContent ?? '');
    if (text.length < 2) return;
    // The smallest source that holds the text, or that the text holds.
    const hits = this.sources
      .map((s) => ({ s, k: squeeze(s.text) }))
      .filter(({ k }) => k.includes(text) || (k.length >= 4 && text.includes(k)))
      .sort((a, b) => Math.abs(a.k.length - text.length) - Math.abs(b.k.length - text.length));
    if (hits.length) this.markSource(hits[0].s);
  }
}

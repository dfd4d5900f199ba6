// Finishing a draft in the import page: each review item is resolved where
// it is shown — accepted as it is, corrected (or, where the text lacked it,
// filled in), or marked as not in this RMP. What the reader did is kept in
// this browser for this text (a reload, or a second import of the same
// text, loses nothing), and once every item is resolved the finished
// document — the corrections made, without import_draft — downloads after
// the importer's validation.

/** What a resolution is called, in both languages. */
export const HOW = {
  accepted: '確認済み / Accepted',
  corrected: '修正済み / Corrected',
  absent: 'この RMP にはない / Not in this RMP',
};

/** FNV-1a over the text's bytes: the key its resolutions are kept under. */
export function textKey(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return `rmp-import:${bytes.length}:${h.toString(16)}`;
}

/** An item's key among the draft's items: its sentence and its place. */
export const itemKey = (item) => `${item.what}\u0000${item.path ?? ''}`;

/** `a.b[2].c` → ['a', 'b', '2', 'c']. */
export const steps = (path) => path.split(/[.[]/).filter(Boolean).map((s) => s.replace(/]$/, ''));

/** The value at a report path, or undefined. */
export function valueAt(doc, path) {
  return steps(path).reduce((v, k) => (v == null ? undefined : v[k]), doc);
}

/** Sets the value at a report path (its parents must exist). */
function setAt(doc, path, value) {
  const keys = steps(path);
  const last = keys.pop();
  const parent = keys.reduce((v, k) => (v == null ? undefined : v[k]), doc);
  if (parent == null || typeof parent !== 'object') throw new Error(`${path}: no such place in the document`);
  parent[last] = value;
}

/** A value as the reader edits it: text as it is, a list of texts one per line, anything else as JSON. */
export function editable(value) {
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { kind: 'lines', text: value.join('\n') };
  return { kind: 'json', text: JSON.stringify(value ?? null, null, 2) };
}

/** The value the reader wrote, read back as its kind; throws with a message a reader understands. */
export function readBack(kind, text) {
  if (kind === 'text') return text.trim();
  if (kind === 'lines') return text.split('\n').map((l) => l.trim()).filter(Boolean);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`JSON として読めません / This is not valid JSON: ${e.message}`);
  }
}

/** The resolutions of one imported text, kept in localStorage (where the browser allows it). */
export class Resolutions {
  constructor(key) {
    this.key = key;
    this.map = new Map();
    try {
      const kept = JSON.parse(localStorage.getItem(key) ?? '{}');
      for (const [k, v] of Object.entries(kept)) this.map.set(k, v);
    } catch {
      // Storage refused or unreadable: this visit only.
    }
  }

  get(item) {
    return this.map.get(itemKey(item));
  }

  set(item, resolution) {
    if (resolution) this.map.set(itemKey(item), resolution);
    else this.map.delete(itemKey(item));
    try {
      localStorage.setItem(this.key, JSON.stringify(Object.fromEntries(this.map)));
    } catch {
      // Storage full or refused: kept for this visit.
    }
  }

  /** How many of `items` are not resolved yet. */
  open(items) {
    return items.filter((i) => !this.get(i)).length;
  }

  /** The draft with every correction made (a copy). */
  corrected(doc, items) {
    const out = structuredClone(doc);
    for (const item of items) {
      const r = this.get(item);
      if (r?.how === 'corrected' && item.path) setAt(out, item.path, r.value);
    }
    return out;
  }
}

// What the engine checks read in a page: the rmp-* events and errors it
// records, and the document they compare against.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const lunsumio = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
const spec = lunsumio.safety_specification;
/** Every safety concern of the document, in its order. */
export const concerns = [...spec.identified_risks, ...spec.potential_risks, ...spec.missing_information];
/** Every additional activity (追加の医薬品安全性監視活動, 追加のリスク最小化活動). */
export const activities = [...lunsumio.pv_plan.additional, ...lunsumio.rm_plan.additional];

/**
 * Records the page's rmp-* events and uncaught errors from now on (an init
 * script cannot be added over WebDriver: each page records from this call).
 */
export const RECORD = `
  if (!window.events) {
    window.events = [];
    for (const type of ['rmp-ready', 'rmp-error', 'rmp-toggle', 'rmp-navigate']) {
      document.addEventListener(type, (e) => window.events.push({ type, viewer: e.target.id, detail: e.detail }));
    }
    window.errors = [];
    window.addEventListener('error', (e) => window.errors.push(String(e.message)));
    window.addEventListener('unhandledrejection', (e) => window.errors.push('unhandled: ' + String(e.reason)));
  }`;

/** Fails with the page's recorded errors, if any. */
export async function noErrors(s) {
  const errors = await s.run(`return window.errors || []`);
  if (errors.length) throw new Error(errors.join('\n'));
}

/** A script expression: `selector` in the shadow root of the viewer `#id`. */
export const inViewer = (id, selector, all = false) =>
  `document.getElementById(${JSON.stringify(id)})?.shadowRoot?.${all ? 'querySelectorAll' : 'querySelector'}(${JSON.stringify(selector)})`;

/** Text as compared across markup: without whitespace. */
export const squeeze = (text) => String(text).normalize('NFKC').replace(/\s+/g, '');

/** Opens `url` as a first-time reader would (nothing kept from an earlier check), recording from its start. */
export async function open(s, url) {
  await s.go(url);
  await s.run(`localStorage.clear(); sessionStorage.clear();`);
  await s.go(url);
  await s.run(RECORD);
}

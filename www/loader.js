// mount(): a viewer in any element of a host page, and what loads it.
//
//   import { mount } from 'rmp-viewer/loader';
//   const viewer = await mount(element, { src, data, lang, view, open, activity, history });
//   viewer.update({ lang: 'en' }); viewer.unmount();
//
// Each viewer lives in an open shadow root with the viewer's stylesheet, so
// the host's CSS and the viewer's do not meet. A build's wasm is fetched and
// initialised once per page. Its files are named by static
// `new URL('./…', import.meta.url)` literals, which bundlers (Vite, webpack)
// follow and copy; where they are elsewhere (esbuild, a CDN folder),
// setBasePath() names the folder that holds pkg/, portal-pkg/ and the CSS.
// A viewer with `catalog` or `base` runs on the portal build (the catalog
// and the comparison of versions), the others on the viewer's smaller one.

import { startFailure } from './failure.js';
import { drawnAhead, scriptless, takeOver } from './takeover.js';

/** This package's version (package.json's, Cargo.toml's). */
export const version = '0.1.0';

/** Where the files are when they are not beside this module: setBasePath(). */
let basePath = null;

/**
 * The folder holding `pkg/`, `portal-pkg/` and `rmp-viewer.css` (a URL,
 * absolute or relative to the page), for layouts where the bundler did not
 * place them beside this module. Call it before the first viewer starts.
 */
export function setBasePath(path) {
  basePath = new URL(path.endsWith('/') ? path : `${path}/`, document.baseURI);
}

/** The files of each build: literals a bundler can follow. */
const BUILDS = {
  pkg: {
    glue: () => import('./pkg/rmp_viewer.js'),
    wasm: () => (basePath ? new URL('pkg/rmp_viewer_bg.wasm', basePath) : new URL('./pkg/rmp_viewer_bg.wasm', import.meta.url)),
  },
  'portal-pkg': {
    glue: () => import('./portal-pkg/rmp_viewer.js'),
    wasm: () => (basePath ? new URL('portal-pkg/rmp_viewer_bg.wasm', basePath) : new URL('./portal-pkg/rmp_viewer_bg.wasm', import.meta.url)),
  },
};
const sheetUrl = () => (basePath ? new URL('rmp-viewer.css', basePath) : new URL('./rmp-viewer.css', import.meta.url));

/** The loading or loaded module of each build. */
const wasm = new Map();
let sheet = null;
/** Which wasm instance new viewers use: a new one after the current one stopped. */
let instance = 0;
/** Who hears that the instance stopped: each started viewer's `stopped()`. */
const running = new Set();

/** The build a viewer with these options runs on. */
export const build = (options) => (options.catalog || options.base ? 'portal-pkg' : 'pkg');

/** Loads and initialises a build's wasm module once (per instance). */
function loadWasm(dir) {
  if (!wasm.has(dir)) {
    const loading = (async () => {
      if (typeof WebAssembly !== 'object') throw new Error('This browser cannot run WebAssembly.');
      // A fresh instance is a fresh module record: the same glue under another URL
      // (where the glue is a file of its own; a bundled one cannot start again).
      const glue = instance
        ? new URL(`${dir}/rmp_viewer.js?instance=${instance}`, basePath ?? new URL('./', import.meta.url)).href
        : null;
      const module = glue ? await import(/* @vite-ignore */ /* webpackIgnore: true */ glue) : await BUILDS[dir].glue();
      await module.default({ module_or_path: BUILDS[dir].wasm() });
      return module;
    })();
    loading.catch(() => wasm.delete(dir));
    wasm.set(dir, loading);
  }
  return wasm.get(dir);
}

/**
 * The wasm instance stopped (a trap such as an allocation failure): every
 * viewer on it is gone, and one viewer's failure must not leave the others
 * so. Each hears it (`stopped()`); elements mount again on a fresh instance.
 * At most three times per page, so that a document that always fails cannot loop.
 */
let recoveries = 0;
function recover() {
  if (recoveries >= 3) return;
  recoveries++;
  instance++;
  wasm.clear();
  const stopped = [...running];
  running.clear();
  for (const f of stopped) f();
}
addEventListener('error', (event) => {
  if (typeof WebAssembly === 'object' && event.error instanceof WebAssembly.RuntimeError) recover();
});

/** The viewer's stylesheet, fetched once; a constructable sheet where the browser has them. */
function loadSheet() {
  sheet ??= fetch(sheetUrl()).then((r) => {
    if (!r.ok) throw new Error(`rmp-viewer.css: ${r.status}`);
    return r.text();
  }).then((css) => {
    if (typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      const s = new CSSStyleSheet();
      s.replaceSync(css);
      return s;
    }
    return null;
  }).catch(() => null);
  return sheet;
}

/** Puts the stylesheet into a shadow root (or links it where sheets cannot be adopted). */
async function style(root) {
  const s = await loadSheet();
  if (s) {
    root.adoptedStyleSheets = [s];
  } else if (!root.querySelector('link[data-rmp-sheet]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = sheetUrl().href;
    link.dataset.rmpSheet = '';
    root.prepend(link);
  }
}

/** Dispatches an `rmp-*` event on `element` after the current task, so that a listener added just after insertion hears it. */
export function fire(element, type, detail) {
  setTimeout(() => element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })));
}

/** A short message in the viewer's place (loading, or why it cannot start). */
export function say(root, text, alert) {
  const p = document.createElement('p');
  p.className = alert ? 'rmp-error rmp-start-error' : 'rmp-loading';
  p.setAttribute('role', alert ? 'alert' : 'status');
  p.textContent = text;
  root.replaceChildren(p);
}

/** What the reader reads where the viewer stopped. */
export const STOPPED = 'RMP ビューアが内部エラーで停止しました。 / The RMP viewer stopped because of an internal error.';

/**
 * Starts a viewer in `element`'s shadow root: `tell(type, detail)` hears
 * its events, `alive()` says whether it is still wanted (a host may remove
 * it while the wasm loads: then nothing is mounted), `stopped()` is called
 * if the wasm instance stops under it. The handle, or null when no longer wanted.
 */
export async function start(element, options, tell, alive = () => true, stopped = null) {
  // After the current script: a bundle that imports this module and then
  // calls setBasePath() has called it before the first file is fetched.
  await null;
  if (!alive()) return null;
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  // Drawn ahead of time (`rmp render --fragment`, a declarative shadow root): kept until taken over.
  const ahead = build(options) === 'pkg' ? drawnAhead(root) : null;
  const styled = style(root);
  if (!ahead) say(root, '読み込み中… / Loading…', false);
  let module;
  try {
    [module] = await Promise.all([loadWasm(build(options)), styled]);
  } catch (error) {
    if (!alive()) return null;
    const { code, message } = startFailure(error);
    if (ahead) scriptless(ahead);
    else say(root, message, true);
    tell('rmp-error', { code, message, path: '' });
    throw error;
  }
  if (!alive()) return null;
  const host = (container) => {
    container.className = 'rmp-host';
    container.setAttribute('part', 'viewer');
    return container;
  };
  let handle;
  if (ahead) {
    handle = await takeOver(ahead, (holder, opened) => module.mount(host(holder), { ...options, opened }, tell));
  } else {
    const container = host(document.createElement('div'));
    root.replaceChildren(container);
    handle = module.mount(container, options, tell);
  }
  const gone = () => {
    running.delete(gone);
    if (element.shadowRoot) say(element.shadowRoot, STOPPED, true);
    tell('rmp-error', { code: 'wasm-abort', message: STOPPED, path: '' });
    stopped?.();
  };
  running.add(gone);
  return {
    build: build(options),
    update: (changes) => handle.mounted && handle.update(changes),
    unmount: () => {
      running.delete(gone);
      if (handle.mounted) handle.unmount();
    },
    get mounted() { return handle.mounted; },
  };
}

/**
 * Mounts a viewer into `element` (in its open shadow root). `options`:
 * `src` (a URL) or `data` (an RMP object or JSON text), `lang`, `view`,
 * `open`, `activity`, `history`, `allowedOrigins`, `fileOpen` (default true:
 * the file picker at the foot), `catalog`, `base`. Without
 * a document it says so (and fires `rmp-error`, code `no-document`).
 * Resolves to a handle: `update(options)`, `unmount()`, `mounted`; events
 * (`rmp-ready`, `rmp-error`, `rmp-toggle`, `rmp-navigate`) are dispatched on
 * `element`. The viewer stays mounted until `unmount()` even if the handle is dropped.
 */
export async function mount(element, options = {}) {
  return start(element, options, (type, detail) => fire(element, type, detail));
}

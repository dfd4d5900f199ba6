// <rmp-viewer> and mount(): the embedding surface for host pages.
//
//   <script type="module" src="…/rmp-viewer.js"></script>
//   <rmp-viewer src="…/lunsumio.json" lang="ja" view="risks" open="crs"></rmp-viewer>
//   <rmp-viewer activity="lun2501"></rmp-viewer>  (an activity's page)
//
//   import { mount } from '…/rmp-viewer.js';
//   const viewer = await mount(element, { src, data, lang, view, open, activity, history });
//   viewer.update({ lang: 'en' }); viewer.unmount();
//
// Each viewer lives in an open shadow root with the viewer's stylesheet, so
// the host's CSS and the viewer's do not meet. The wasm module is fetched
// and initialised once per page; every URL is resolved against this
// script's own location, so the bundle works from any folder. A viewer with
// `catalog` or `base` runs on the portal build (portal-pkg/: the catalog and
// the comparison of versions), the others on the viewer's own, smaller one.

import { startFailure } from './failure.js';
import { drawnAhead, scriptless, takeOver } from './takeover.js';

const base = new URL('.', import.meta.url);
const ATTRIBUTES = ['src', 'base', 'catalog', 'lang', 'view', 'open', 'activity', 'history', 'allowed-origins'];
/** The loading or loaded module of each build, by folder. */
const wasm = new Map();
let sheet = null;
/** Which wasm instance new viewers use: a new one after the current one stopped. */
let instance = 0;
/** The <rmp-viewer> elements on the page. */
const viewers = new Set();
/** Elements holding a viewer mounted with mount(), on the current instance. */
const mounted = new Set();

/** The build a viewer with these options runs on. */
const build = (options) => (options.catalog || options.base ? 'portal-pkg' : 'pkg');

/** Loads and initialises a build's wasm module once (per instance). */
function loadWasm(dir) {
  if (!wasm.has(dir)) {
    const loading = (async () => {
      if (typeof WebAssembly !== 'object') throw new Error('This browser cannot run WebAssembly.');
      // A fresh instance is a fresh module record: the same glue under another URL.
      const module = await import(new URL(`${dir}/rmp_viewer.js${instance ? `?instance=${instance}` : ''}`, base).href);
      await module.default({ module_or_path: new URL(`${dir}/rmp_viewer_bg.wasm`, base) });
      return module;
    })();
    loading.catch(() => wasm.delete(dir));
    wasm.set(dir, loading);
  }
  return wasm.get(dir);
}

/**
 * The wasm instance stopped (a trap such as an allocation failure, or a
 * panic after its report): every viewer on it is gone, and one viewer's
 * failure must not leave the others so. Each element says so (rmp-error
 * `wasm-abort`) and mounts again on a fresh instance; so do new ones. At
 * most three times per page, so that a document that always fails cannot
 * loop.
 */
let recoveries = 0;
function recover() {
  if (recoveries >= 3) return;
  recoveries++;
  instance++;
  wasm.clear();
  const message = 'RMP ビューアが内部エラーで停止したため、起動し直します。 / The RMP viewer stopped because of an internal error and is starting again.';
  for (const element of viewers) element.restart(message);
  // A viewer mounted with mount() belongs to its host, which hears of it and may mount again.
  const stopped = 'RMP ビューアが内部エラーで停止しました。 / The RMP viewer stopped because of an internal error.';
  for (const element of mounted) {
    if (viewers.has(element)) continue;
    if (element.shadowRoot) say(element.shadowRoot, stopped, true);
    fire(element, 'rmp-error', { code: 'wasm-abort', message: stopped, path: '' });
  }
  mounted.clear();
}
addEventListener('error', (event) => {
  if (typeof WebAssembly === 'object' && event.error instanceof WebAssembly.RuntimeError) recover();
});

/** The viewer's stylesheet, fetched once; a constructable sheet where the browser has them. */
function loadSheet() {
  sheet ??= fetch(new URL('rmp-viewer.css', base)).then((r) => {
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
  } else {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('rmp-viewer.css', base).href;
    root.prepend(link);
  }
}

function fire(element, type, detail) {
  element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** A short message in the viewer's place (loading, or why it cannot start). */
function say(root, text, alert) {
  const p = document.createElement('p');
  p.className = alert ? 'rmp-error rmp-start-error' : 'rmp-loading';
  p.setAttribute('role', alert ? 'alert' : 'status');
  p.textContent = text;
  root.replaceChildren(p);
}

/**
 * Mounts a viewer into `element` (in its open shadow root).
 * Resolves to a handle: `update(options)`, `unmount()`, `mounted`.
 * The viewer stays mounted until `unmount()` even if the handle is dropped.
 */
export async function mount(element, options = {}) {
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  // Drawn ahead of time (`rmp render --fragment`, a declarative shadow root): kept until taken over.
  const ahead = build(options) === 'pkg' ? drawnAhead(root) : null;
  const styled = style(root);
  if (!ahead) say(root, '読み込み中… / Loading…', false);
  let module;
  try {
    [module] = await Promise.all([loadWasm(build(options)), styled]);
  } catch (error) {
    const { code, message } = startFailure(error);
    if (ahead) scriptless(ahead);
    else say(root, message, true);
    fire(element, 'rmp-error', { code, message, path: '' });
    throw error;
  }
  const onEvent = (type, detail) => fire(element, type, detail);
  // The default document is the bundle's file, not the wasm's.
  options = { defaultDocument: new URL('data/lunsumio.json', base).href, ...options };
  const host = (container) => {
    container.className = 'rmp-host';
    container.setAttribute('part', 'viewer');
    return container;
  };
  let handle;
  if (ahead) {
    handle = await takeOver(ahead, (holder, opened) => module.mount(host(holder), { ...options, opened }, onEvent));
  } else {
    const container = host(document.createElement('div'));
    root.replaceChildren(container);
    handle = module.mount(container, options, onEvent);
  }
  mounted.add(element);
  return {
    build: build(options),
    update: (changes) => handle.update(changes),
    unmount: () => { mounted.delete(element); handle.unmount(); },
    get mounted() { return handle.mounted; },
  };
}

/**
 * `<rmp-viewer>`: attributes src, base (an earlier version: what changed since),
 * catalog (a catalog's address: the list of its RMPs instead of one), lang, view,
 * open, activity, history, allowed-origins; property data.
 */
export class RmpViewerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #handle = null;
  #starting = null;
  #data = undefined;

  get data() { return this.#data; }
  set data(value) {
    this.#data = value;
    if (this.#handle) this.#handle.update({ data: value });
  }

  #options() {
    const options = {};
    for (const name of ATTRIBUTES) {
      if (this.hasAttribute(name)) options[name] = name === 'history' ? true : this.getAttribute(name);
    }
    if (this.#data !== undefined) {
      options.data = this.#data;
    } else if (!options.src) {
      const script = this.querySelector('script[type="application/json"]');
      if (script) options.data = script.textContent;
    }
    return options;
  }

  connectedCallback() {
    viewers.add(this);
    if (this.#handle || this.#starting) return;
    this.#starting = mount(this, this.#options()).then((handle) => {
      this.#starting = null;
      if (this.isConnected) this.#handle = handle;
      else handle.unmount();
    }, () => { this.#starting = null; });
  }

  /** Mounts again on a fresh instance: the old one, and its handle, are gone. */
  restart(message) {
    this.#handle = null;
    this.#starting = null;
    if (this.shadowRoot) say(this.shadowRoot, message, true);
    fire(this, 'rmp-error', { code: 'wasm-abort', message, path: '' });
    if (this.isConnected) this.connectedCallback();
  }

  disconnectedCallback() {
    viewers.delete(this);
    if (this.#handle) {
      this.#handle.unmount();
      this.#handle = null;
      if (this.shadowRoot) this.shadowRoot.replaceChildren();
    }
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#handle || before === after) return;
    if ((name === 'base' || name === 'catalog') && build(this.#options()) !== this.#handle.build) {
      // Another build: mounted again on it.
      this.disconnectedCallback();
      this.connectedCallback();
    } else if ((name === 'src' || name === 'base' || name === 'catalog') && after) this.#handle.update({ [name]: after });
    else if (name === 'lang' || name === 'view' || name === 'open' || name === 'activity') this.#handle.update({ [name]: after ?? '' });
  }
}

if (!customElements.get('rmp-viewer')) customElements.define('rmp-viewer', RmpViewerElement);

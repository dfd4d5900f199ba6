// <rmp-viewer>: the element, defined when this module is imported.
//
//   <script type="module" src="…/rmp-viewer.js"></script>
//   <rmp-viewer src="…/lunsumio.json" lang="ja" view="risks" open="crs"></rmp-viewer>
//   import 'rmp-viewer';  (a bundler)
//
// The element's surface (attributes, properties, events, parts) is written
// in the JSDoc below: custom-elements.json, the types' checks and the
// reference documentation (docs/element.md) are made from it.

import { build, fire, say, setBasePath, start, mount, version, STOPPED } from './loader.js';

export { mount, setBasePath, version };

const ATTRIBUTES = ['src', 'data', 'base', 'catalog', 'lang', 'view', 'open', 'activity', 'history', 'allowed-origins', 'file-open'];
/** The options whose change is a viewer of its own: mounted again. */
const REMOUNT = ['history', 'allowedOrigins', 'fileOpen'];
/** The options that say which document is shown: a change while starting starts again. */
const DOCUMENT = ['data', 'src', 'base', 'catalog', ...REMOUNT];
/** The attributes that say where the reader is and in which language. */
const PLACE = ['lang', 'view', 'open', 'activity'];

/** The attributes that are properties as well (`element.src = …`), by property name. */
const REFLECTED = { src: 'src', base: 'base', catalog: 'catalog', view: 'view', open: 'open', activity: 'activity', allowedOrigins: 'allowed-origins' };

/** A switch attribute: present is on, except `false`, `off`, `no`, `0`. */
const switchedOn = (value) => value !== null && !/^\s*(false|off|no|0)\s*$/i.test(value);

/**
 * An embeddable viewer of one Japanese Risk Management Plan (医薬品リスク管理計画書),
 * or of a catalog of them. Without a document it shows an empty state and fires
 * `rmp-error` with code `no-document`: never a document its host did not ask for.
 *
 * @tag rmp-viewer
 * @summary A Risk Management Plan viewer in its own shadow root.
 *
 * @attr {string} src - The RMP's address (JSON). Used when `data` is not given; removing it leaves the viewer without a document.
 * @attr {string} data - The RMP as JSON text (the `data` property takes an object as well).
 * @attr {string} base - An earlier version's address: the viewer shows what changed since (portal build).
 * @attr {string} catalog - A catalog's address (`rmp catalog`): its list of RMPs instead of one (portal build).
 * @attr {"ja"|"en"} lang - The interface language (the document stays as written). Default `ja`.
 * @attr {"summary"|"overview"|"risks"|"board"|"matrix"|"plan"} view - The view shown first.
 * @attr {string} open - A safety concern's id: its risk card open (the risks view).
 * @attr {string} activity - An activity's id: that activity's page.
 * @attr {boolean} history - The page's URL fragment follows the viewer. Off unless present; `history="false"` is off.
 * @attr {string} allowed-origins - Origins besides the page's own that `src`, `base` and `catalog` may come from (spaces or commas between).
 * @attr {boolean} file-open - The file picker at the foot of the viewer (and opening a file dropped on it). On unless `file-open="false"` (or `off`, `no`, `0`).
 *
 * @prop {string | null} src - The `src` attribute, as a property (`null`: absent).
 * @prop {string | null} base - The `base` attribute, as a property.
 * @prop {string | null} catalog - The `catalog` attribute, as a property.
 * @prop {string | null} view - The `view` attribute, as a property.
 * @prop {string | null} open - The `open` attribute, as a property.
 * @prop {string | null} activity - The `activity` attribute, as a property.
 * @prop {string | null} allowedOrigins - The `allowed-origins` attribute, as a property.
 * @prop {boolean} history - The `history` attribute, as a property: `true` sets it, `false` removes it.
 * @prop {boolean} fileOpen - The `file-open` attribute, as a property: `false` sets it to `false`, `true` removes it.
 * @prop {object | string | null | undefined} data - The RMP: an object, or JSON text. `null` or `undefined`: no document (the empty state), or `src` where it is set.
 * @prop {"loading" | "ready" | "error"} state - Where the viewer is: loading its document, showing it, or saying why it cannot.
 * @prop {Promise<RmpReadyDetail>} ready - Settles when the current document is shown (with `rmp-ready`'s detail) or has failed (rejected with an Error carrying `rmp-error`'s detail as `detail` and its `code`).
 *
 * @fires {CustomEvent<RmpReadyDetail>} rmp-ready - A document is shown: its title and counts.
 * @fires {CustomEvent<RmpErrorDetail>} rmp-error - A document cannot be shown, or none was given (`no-document`), or the viewer cannot start: code, message, and where in the file.
 * @fires {CustomEvent<RmpToggleDetail>} rmp-toggle - A risk card opened or closed.
 * @fires {CustomEvent<RmpNavigateDetail>} rmp-navigate - The reader moved to another view or place.
 *
 * @csspart viewer - The viewer's box.
 * @csspart header - The header: the product, the document and its dates.
 * @csspart tabs - The row of view tabs.
 * @csspart tab - One view tab.
 * @csspart language - The interface language switch.
 * @csspart search - The search box.
 * @csspart risk-card - One safety concern's card (an accordion section).
 * @csspart incidence-table - An incidence table.
 * @csspart incidence-chart - The chart drawn from an incidence table.
 * @csspart board-column - One status column of the activity board.
 * @csspart activity-card - One activity on the board.
 * @csspart timeline - An activity's milestones.
 * @csspart checklist - The one-page checklist.
 * @csspart changes - What changed since the earlier version (`base`).
 * @csspart change-mark - The mark beside a changed item.
 * @csspart draft - The notice on an import draft.
 * @csspart catalog - The catalog's list of RMPs (`catalog`).
 * @csspart catalog-search - The catalog's search.
 * @csspart catalog-filters - The catalog's filters.
 * @csspart error - The panel saying why a document cannot be shown.
 * @csspart empty - The empty state: no document was given.
 * @csspart open - The file picker at the foot of the viewer.
 * @csspart print - The print button.
 *
 * @cssprop --rmp-font - The font family.
 * @cssprop --rmp-font-size - The base font size (a length: the host page's root size does not matter).
 * @cssprop --rmp-fg - The text colour.
 * @cssprop --rmp-bg - The background.
 * @cssprop --rmp-muted - Secondary text.
 * @cssprop --rmp-accent - Links and the current tab.
 * @cssprop --rmp-border - Rules and borders.
 * @cssprop --rmp-surface - The background of cards and table headings.
 * @cssprop --rmp-warn - Warnings (an import draft, a document from elsewhere).
 * @cssprop --rmp-focus - The focus ring (kept apart from the error colour, at 3:1 or more against the background).
 * @cssprop --rmp-error - What went wrong (the error panel's border), and today's mark on the timeline.
 * @cssprop --rmp-radius - The corners' radius.
 * @cssprop --rmp-space - The base spacing.
 */
export class RmpViewerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  /** The mounted viewer's handle. */
  #handle = null;
  /** Whether a start is under way. */
  #starting = false;
  /** Each start has a number; an older one that finishes late unmounts itself. */
  #run = 0;
  /** The options the viewer was last given (mounted with, or updated to). */
  #given = null;
  #data = undefined;
  #state = 'loading';
  #ready = null;
  #settle = null;

  constructor() {
    super();
    // Set on the element before it was defined (a framework, a script before this one): an own property, read now.
    if (Object.prototype.hasOwnProperty.call(this, 'data')) {
      const value = this.data;
      delete this.data;
      this.#data = value;
    }
    this.#expect();
  }

  get data() { return this.#data; }
  set data(value) {
    this.#data = value;
    this.#follow();
  }

  /** `loading`, `ready` or `error`. */
  get state() { return this.#state; }

  /** Settles when the current document is shown, or has failed. */
  get ready() { return this.#ready; }

  /** A new document is on its way: `state` is `loading`, and `ready` a new promise. */
  #expect() {
    if (this.#state === 'loading' && this.#ready) return;
    this.#state = 'loading';
    this.#ready = new Promise((resolve, reject) => { this.#settle = { resolve, reject }; });
    // Whoever does not wait for it is not told of a rejection as unhandled.
    this.#ready.catch(() => {});
  }

  /** Hears the viewer of start `run`: its state, then the host, after the current task. */
  #tell(run, type, detail) {
    if (run !== this.#run) return;
    if (type === 'rmp-ready' || type === 'rmp-error') {
      const settle = this.#settle;
      this.#state = type === 'rmp-ready' ? 'ready' : 'error';
      if (type === 'rmp-ready') settle.resolve(detail);
      else settle.reject(Object.assign(new Error(detail.message), { code: detail.code, detail }));
    }
    fire(this, type, detail);
  }

  /** What the element says now, as the viewer's options. */
  #options() {
    const options = {};
    for (const name of ATTRIBUTES) {
      if (!this.hasAttribute(name) || name === 'data') continue;
      if (name === 'file-open') continue;
      options[name === 'allowed-origins' ? 'allowedOrigins' : name] = this.getAttribute(name);
    }
    options.history = switchedOn(this.getAttribute('history'));
    options.fileOpen = !this.hasAttribute('file-open') || switchedOn(this.getAttribute('file-open'));
    const data = this.#data ?? this.getAttribute('data');
    if (data !== null && data !== undefined) {
      options.data = data;
    } else if (!options.src) {
      const script = this.querySelector('script[type="application/json"]');
      if (script) options.data = script.textContent;
    }
    return options;
  }

  connectedCallback() {
    // Properties set before the element was defined (a framework rendering first): as attributes now.
    for (const name of [...Object.keys(REFLECTED), 'history', 'fileOpen']) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
    if (this.#handle || this.#starting) return;
    this.#begin();
  }

  disconnectedCallback() {
    // A move in the DOM (removed and inserted again in one task) keeps the viewer.
    queueMicrotask(() => {
      if (!this.isConnected) this.#end();
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after) this.#follow();
  }

  #begin() {
    const run = ++this.#run;
    const options = this.#options();
    this.#given = options;
    this.#starting = true;
    this.#expect();
    const alive = () => run === this.#run && this.isConnected;
    start(this, options, (type, detail) => this.#tell(run, type, detail), alive, () => this.#restart(run)).then((handle) => {
      if (run !== this.#run) {
        handle?.unmount();
        return;
      }
      this.#starting = false;
      if (!handle) return;
      if (!this.isConnected) {
        handle.unmount();
        return;
      }
      this.#handle = handle;
      // What changed while it loaded, in the order made: the last one wins.
      this.#follow();
    }, () => {
      if (run === this.#run) this.#starting = false;
    });
  }

  /** Unmounts, and forgets any start under way. */
  #end() {
    this.#run++;
    this.#starting = false;
    const handle = this.#handle;
    this.#handle = null;
    try {
      handle?.unmount();
    } catch {
      // The wasm instance stopped: nothing is left to unmount.
    }
    this.shadowRoot?.replaceChildren();
  }

  /** The wasm instance stopped under start `run`: on a fresh one. */
  #restart(run) {
    if (run !== this.#run) return;
    // Its handle went with the instance: nothing to unmount.
    this.#handle = null;
    this.#end();
    if (this.shadowRoot) say(this.shadowRoot, STOPPED, true);
    if (this.isConnected) this.#begin();
  }

  /** Brings the mounted viewer to what the element says now. */
  #follow() {
    const handle = this.#handle;
    const now = this.#options();
    const was = this.#given;
    if (!handle) {
      // Still starting: a start for another document would answer for the old one. Start again;
      // the ready promise a host already holds settles for the new one.
      if (this.#starting && DOCUMENT.some((option) => now[option] !== was[option])) {
        this.#end();
        this.#begin();
      }
      return;
    }
    if (build(now) !== handle.build || REMOUNT.some((option) => now[option] !== was[option])) {
      this.#end();
      this.#begin();
      return;
    }
    const changes = {};
    if (now.data !== was.data || now.src !== was.src) {
      if (now.data !== undefined) changes.data = now.data;
      else changes.src = now.src ?? null;
      this.#expect();
    }
    for (const name of [...PLACE, 'base', 'catalog']) {
      if (now[name] !== was[name]) changes[name] = now[name] ?? '';
    }
    this.#given = now;
    if (Object.keys(changes).length) handle.update(changes);
  }
}

for (const [name, attribute] of Object.entries(REFLECTED)) {
  Object.defineProperty(RmpViewerElement.prototype, name, {
    get() { return this.getAttribute(attribute); },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
    configurable: true,
    enumerable: true,
  });
}
Object.defineProperty(RmpViewerElement.prototype, 'history', {
  get() { return switchedOn(this.getAttribute('history')); },
  set(value) {
    if (value) this.setAttribute('history', '');
    else this.removeAttribute('history');
  },
  configurable: true,
  enumerable: true,
});
Object.defineProperty(RmpViewerElement.prototype, 'fileOpen', {
  get() { return !this.hasAttribute('file-open') || switchedOn(this.getAttribute('file-open')); },
  set(value) {
    if (value) this.removeAttribute('file-open');
    else this.setAttribute('file-open', 'false');
  },
  configurable: true,
  enumerable: true,
});

if (!customElements.get('rmp-viewer')) customElements.define('rmp-viewer', RmpViewerElement);

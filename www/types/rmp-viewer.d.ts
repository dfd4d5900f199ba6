// Types of rmp-viewer: the <rmp-viewer> element (defined on import), mount() and setBasePath().
// React 19 JSX: import type {} from 'rmp-viewer/react'; Vue 3 templates: import type {} from 'rmp-viewer/vue'.

import type {
  RmpErrorDetail,
  RmpLang,
  RmpNavigateDetail,
  RmpReadyDetail,
  RmpToggleDetail,
  RmpView,
  RmpViewerEventMap,
} from './loader.js';

export * from './loader.js';

/** `ready`'s rejection: an Error with `rmp-error`'s code and detail. */
export interface RmpViewerError extends Error {
  code: RmpErrorDetail['code'];
  detail: RmpErrorDetail;
}

/**
 * <rmp-viewer>: a Risk Management Plan (医薬品リスク管理計画書) viewer in its own
 * shadow root. Without `src` or `data` it shows an empty state and fires
 * `rmp-error` with code `no-document`.
 */
export class RmpViewerElement extends HTMLElement {
  /** The RMP: an object, or JSON text; `null`/`undefined`: none (or `src`). */
  data: object | string | null | undefined;
  /** The `src` attribute: the RMP's address. */
  src: string | null;
  /** The `base` attribute: an earlier version's address. */
  base: string | null;
  /** The `catalog` attribute: a catalog's address. */
  catalog: string | null;
  /** The `view` attribute. */
  view: RmpView | string | null;
  /** The `open` attribute: a safety concern's id. */
  open: string | null;
  /** The `activity` attribute: an activity's id. */
  activity: string | null;
  /** The `allowed-origins` attribute. */
  allowedOrigins: string | null;
  /** The `history` attribute: the page's URL fragment follows the viewer. */
  history: boolean;
  /** The `file-open` attribute: the file picker at the foot of the viewer (default true). */
  fileOpen: boolean;
  /** Where the viewer is: loading its document, showing it, or saying why it cannot. */
  readonly state: 'loading' | 'ready' | 'error';
  /** Settles when the current document is shown, or rejects (RmpViewerError) when it cannot be. */
  readonly ready: Promise<RmpReadyDetail>;

  addEventListener<K extends keyof RmpViewerEventMap>(
    type: K,
    listener: (this: RmpViewerElement, event: RmpViewerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: RmpViewerElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof RmpViewerEventMap>(
    type: K,
    listener: (this: RmpViewerElement, event: RmpViewerEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: RmpViewerElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** The attributes, as a framework's template writes them. */
export interface RmpViewerAttributes {
  src?: string;
  data?: object | string | null;
  base?: string;
  catalog?: string;
  lang?: RmpLang;
  view?: RmpView;
  open?: string;
  activity?: string;
  history?: boolean | 'true' | 'false' | '';
  'allowed-origins'?: string;
  'file-open'?: boolean | 'true' | 'false' | '';
}

declare global {
  interface HTMLElementTagNameMap {
    'rmp-viewer': RmpViewerElement;
  }
  // The events bubble and are composed: a listener on the document hears them too.
  interface HTMLElementEventMap {
    'rmp-ready': CustomEvent<RmpReadyDetail>;
    'rmp-error': CustomEvent<RmpErrorDetail>;
    'rmp-toggle': CustomEvent<RmpToggleDetail>;
    'rmp-navigate': CustomEvent<RmpNavigateDetail>;
  }
  interface DocumentEventMap {
    'rmp-ready': CustomEvent<RmpReadyDetail>;
    'rmp-error': CustomEvent<RmpErrorDetail>;
    'rmp-toggle': CustomEvent<RmpToggleDetail>;
    'rmp-navigate': CustomEvent<RmpNavigateDetail>;
  }
}

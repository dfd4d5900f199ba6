// Types of rmp-viewer/loader: mount() a viewer into any element.

/** The interface language (the document stays as written). */
export type RmpLang = 'ja' | 'en';

/** A view of the viewer. */
export type RmpView = 'summary' | 'overview' | 'risks' | 'board' | 'matrix' | 'plan';

/** Why a document cannot be shown, or the viewer cannot start. */
export type RmpErrorCode =
  | 'no-document'
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'encoding'
  | 'pdf'
  | 'not-json'
  | 'syntax'
  | 'truncated'
  | 'not-rmp'
  | 'not-catalog'
  | 'missing-field'
  | 'unknown-field'
  | 'unknown-variant'
  | 'invalid-type'
  | 'invalid-value'
  | 'too-many-concerns'
  | 'too-many-activities'
  | 'too-many-cells'
  | 'matrix-too-large'
  | 'unsupported-version'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'invalid-id'
  | 'invalid-date'
  | 'table-shape'
  | 'invalid-percent'
  | 'zero-denominator'
  | 'missing-label'
  | 'percent-mismatch'
  | 'count-exceeds-denominator'
  | 'date-order'
  | 'summary-mismatch'
  | 'list-mismatch'
  | 'status-label-mismatch'
  | 'hidden-character'
  | 'unsafe-link'
  | 'import-draft'
  | 'import-review'
  | 'absent-pointer'
  | 'io'
  | 'file'
  | 'http-status'
  | 'network'
  | 'timeout'
  | 'untrusted-source'
  | 'catalog-mismatch'
  | 'invalid-data'
  | 'panic'
  | 'wasm-abort'
  | 'wasm-csp'
  | 'wasm-load'
  | (string & {});

/** `rmp-ready`: a document is shown. */
export interface RmpReadyDetail {
  /** The product and the document, as its header shows them. */
  title: string;
  /** How many safety concerns (安全性検討事項) it has. */
  concerns: number;
  /** How many activities (医薬品安全性監視活動・リスク最小化活動) it has. */
  activities: number;
  /** How many warnings the checks found (shown beside the document). */
  warnings: number;
}

/** `rmp-error`: a document cannot be shown, none was given, or the viewer cannot start. */
export interface RmpErrorDetail {
  code: RmpErrorCode;
  /** What is wrong, for a reader. */
  message: string;
  /** Where in the document (`risks[2].incidence`), or `''`. */
  path: string;
  /** The line and column in the JSON text, where known. */
  line?: number;
  column?: number;
  /** For maintainers: the internal error's text (code `panic`). */
  details?: string;
}

/** `rmp-toggle`: a risk card opened or closed. */
export interface RmpToggleDetail {
  /** The safety concern's id. */
  risk: string;
  open: boolean;
}

/** `rmp-navigate`: the reader moved to another view or place. */
export interface RmpNavigateDetail {
  view: string;
  /** The risk or activity id, or `null`. */
  target: string | null;
}

/** The events a viewer fires (CustomEvent; they bubble and cross the shadow boundary). */
export interface RmpViewerEventMap {
  'rmp-ready': CustomEvent<RmpReadyDetail>;
  'rmp-error': CustomEvent<RmpErrorDetail>;
  'rmp-toggle': CustomEvent<RmpToggleDetail>;
  'rmp-navigate': CustomEvent<RmpNavigateDetail>;
}

/** What a viewer shows. Without `src` or `data`: the empty state (`no-document`). */
export interface MountOptions {
  /** The RMP's address (JSON). */
  src?: string | null;
  /** The RMP: an object, or JSON text. Checked like a file. */
  data?: object | string | null;
  lang?: RmpLang;
  view?: RmpView;
  /** A safety concern's id: its risk card open. */
  open?: string;
  /** An activity's id: that activity's page. */
  activity?: string;
  /** The page's URL fragment follows the viewer. Default false. */
  history?: boolean;
  /** Origins besides the page's own that documents may come from. */
  allowedOrigins?: string;
  /** The file picker at the foot of the viewer, and opening a file dropped on it. Default true. */
  fileOpen?: boolean;
  /** A catalog's address: its list of RMPs (portal build). */
  catalog?: string;
  /** An earlier version's address: what changed since (portal build). */
  base?: string;
}

/** The host's hold on a mounted viewer. */
export interface ViewerHandle {
  /** `'pkg'` or `'portal-pkg'`: the build it runs on. */
  readonly build: string;
  /** Changes what it shows (a document given again is read again). */
  update(changes: Omit<MountOptions, 'history' | 'allowedOrigins' | 'fileOpen'>): void;
  /** Removes it and frees what it holds. */
  unmount(): void;
  readonly mounted: boolean;
}

/** This package's version. */
export const version: string;

/** The folder holding `pkg/`, `portal-pkg/` and `rmp-viewer.css`, where a bundler did not place them beside the module. */
export function setBasePath(path: string): void;

/** Mounts a viewer into `element`'s open shadow root; events are dispatched on `element`. Null when it was no longer wanted. */
export function mount(element: HTMLElement, options?: MountOptions): Promise<ViewerHandle | null>;

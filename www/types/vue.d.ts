// <rmp-viewer> in Vue 3 templates (type-checked by vue-tsc / Volar):
// `import type {} from 'rmp-viewer/vue';` once in the project. Tell Vue's
// compiler it is a custom element: compilerOptions.isCustomElement =
// (tag) => tag === 'rmp-viewer'. Vue sets `:data` as a property.

import type { DefineComponent } from 'vue';
import type { RmpViewerAttributes, RmpViewerEventMap } from './rmp-viewer.js';

/** `rmp-ready` → `RmpReady`: the name Vue gives `@rmp-ready`'s listener (`onRmpReady`). */
type Pascal<S extends string> = S extends `${infer A}-${infer B}` ? `${Capitalize<A>}${Pascal<B>}` : Capitalize<S>;

type Emits = {
  [K in keyof RmpViewerEventMap as `on${Pascal<K>}`]?: (event: RmpViewerEventMap[K]) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'rmp-viewer': DefineComponent<RmpViewerAttributes & Emits>;
  }
}

// <rmp-viewer> in React 19's JSX: `import type {} from 'rmp-viewer/react';` once in the project.
// React 19 sets `data` as a property (an object stays an object) and listens
// to `onrmp-ready` as the event `rmp-ready` (the name after `on`, as written).

import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RmpViewerAttributes, RmpViewerElement, RmpViewerEventMap } from './rmp-viewer.js';

type Listeners = {
  [K in keyof RmpViewerEventMap as `on${K}`]?: (event: RmpViewerEventMap[K]) => void;
};

export type RmpViewerProps = DetailedHTMLProps<HTMLAttributes<RmpViewerElement>, RmpViewerElement> &
  Omit<RmpViewerAttributes, 'lang'> &
  Listeners & { lang?: RmpViewerAttributes['lang'] };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'rmp-viewer': RmpViewerProps;
    }
  }
}

// A portal's TypeScript (tsc --strict) against the package's types: what
// must compile, and what must not (@ts-expect-error fails if it compiles).
import { mount, setBasePath, version, type RmpErrorDetail, type ViewerHandle } from 'rmp-viewer';
import { mount as mountAlone } from 'rmp-viewer/loader';

const viewer = document.querySelector('rmp-viewer');
if (viewer) {
  viewer.data = { schema_version: 1 };
  viewer.data = '{"schema_version": 1}';
  viewer.src = '/rmp/lunsumio.json';
  viewer.history = true;
  viewer.addEventListener('rmp-ready', (event) => {
    const title: string = event.detail.title;
    const counts: number = event.detail.concerns + event.detail.activities + event.detail.warnings;
    console.log(title, counts);
  });
  viewer.addEventListener('rmp-error', (event) => {
    const detail: RmpErrorDetail = event.detail;
    if (detail.code === 'no-document') console.log(detail.message, detail.path, detail.line ?? 0);
  });
  viewer.addEventListener('rmp-toggle', (event) => console.log(event.detail.risk, event.detail.open === true));
  viewer.addEventListener('click', (event) => console.log(event.clientX));
  const state: 'loading' | 'ready' | 'error' = viewer.state;
  viewer.ready.then((detail) => detail.title.length, (error: unknown) => error);
  console.log(state);
  // @ts-expect-error: state is read-only
  viewer.state = 'ready';
  // @ts-expect-error: the detail of rmp-ready has no code
  viewer.addEventListener('rmp-ready', (event) => event.detail.code);
}
document.addEventListener('rmp-navigate', (event) => console.log(event.detail.view, event.detail.target ?? ''));

const created = document.createElement('rmp-viewer');
created.open = 'crs';

setBasePath('/assets/rmp-viewer/');
const handle: Promise<ViewerHandle | null> = mount(document.body, { src: '/rmp/lunsumio.json', lang: 'en', view: 'board' });
handle.then((h) => {
  h?.update({ open: 'crs' });
  h?.unmount();
  return h?.mounted;
});
mountAlone(document.body, { data: {} });
// @ts-expect-error: not a view
mount(document.body, { view: 'nowhere' });
// @ts-expect-error: not a language of the viewer
mount(document.body, { lang: 'fr' });
console.log(version.length);

// Standalone page: load the wasm once and mount the viewer into #app. A
// catalog (`?catalog=`) or a comparison (`?base=`) needs the portal build;
// everything else the viewer's own, smaller one. A page drawn ahead of time
// (`rmp render`) is taken over without a visible change; where the wasm
// cannot run, it stays, saying which features are off.
import { drawnAhead, startPage } from './takeover.js';

const app = document.getElementById('app');
const query = new URLSearchParams(location.search);
const portal = query.get('catalog') || query.get('base');
const dir = portal ? './portal-pkg/' : './pkg/';
// A catalog, a comparison or another document (`?src=`) is not the page's
// own: drawn anew.
await startPage(app, portal || query.get('src') ? null : drawnAhead(app), async () => {
  const { default: init, boot } = await import(new URL(`${dir}rmp_viewer.js`, import.meta.url).href);
  await init({ module_or_path: new URL(`${dir}rmp_viewer_bg.wasm`, import.meta.url) });
  return boot;
});

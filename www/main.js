// Standalone page: load the wasm once and mount the viewer into #app. A
// catalog (`?catalog=`) or a comparison (`?base=`) needs the portal build;
// everything else the viewer's own, smaller one. A page drawn ahead of time
// (`rmp render`) loads only the small wasm that attaches its search; the
// viewer takes it over, without a visible change, when the reader needs it
// (takeover.js). Where the wasm cannot run, it stays, saying which features are off.
import { drawnAhead, startDrawn, startPage } from './takeover.js';

const app = document.getElementById('app');
const query = new URLSearchParams(location.search);
const portal = query.get('catalog') || query.get('base');
const dir = portal ? './portal-pkg/' : './pkg/';
const here = (path) => new URL(path, import.meta.url);
const viewer = async () => {
  const { default: init, boot } = await import(here(`${dir}rmp_viewer.js`).href);
  await init({ module_or_path: here(`${dir}rmp_viewer_bg.wasm`) });
  return boot;
};
// A catalog, a comparison or another document (`?src=`) is not the page's
// own: drawn anew.
const ahead = portal || query.get('src') ? null : drawnAhead(app);
if (ahead) {
  await startDrawn(ahead, document.getElementById('rmp-data')?.textContent, async () => {
    const { default: init, attach } = await import(here('./attach-pkg/rmp_attach.js').href);
    await init({ module_or_path: here('./attach-pkg/rmp_attach_bg.wasm') });
    return attach;
  }, viewer);
} else {
  await startPage(app, null, viewer);
}

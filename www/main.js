// Standalone page: load the wasm once and mount the viewer into #app. A
// catalog (`?catalog=`) or a comparison (`?base=`) needs the portal build;
// everything else the viewer's own, smaller one.
import { startFailure } from './failure.js';

const app = document.getElementById('app');
const query = new URLSearchParams(location.search);
const dir = query.get('catalog') || query.get('base') ? './portal-pkg/' : './pkg/';
try {
  const { default: init, boot } = await import(new URL(`${dir}rmp_viewer.js`, import.meta.url).href);
  await init({ module_or_path: new URL(`${dir}rmp_viewer_bg.wasm`, import.meta.url) });
  app.textContent = '';
  boot(app);
} catch (error) {
  app.textContent = startFailure(error).message;
  app.setAttribute('role', 'alert');
}

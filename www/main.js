// Standalone page: load the wasm once and mount the viewer into #app.
import init, { boot } from './pkg/rmp_viewer.js';
import { startFailure } from './failure.js';

const app = document.getElementById('app');
try {
  await init({ module_or_path: new URL('./pkg/rmp_viewer_bg.wasm', import.meta.url) });
  app.textContent = '';
  boot(app);
} catch (error) {
  app.textContent = startFailure(error).message;
  app.setAttribute('role', 'alert');
}

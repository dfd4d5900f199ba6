// A portal bundled by esbuild, which does not copy assets: the viewer's
// files were copied to assets/rmp-viewer/ and are named with setBasePath().
import '../shared.js';
import { setBasePath } from 'rmp-viewer';
import { Modal } from 'bootstrap';

setBasePath('./assets/rmp-viewer/');

// The modal's viewer is made when the modal opens, and removed when it closes.
const modal = document.getElementById('rmp-modal');
modal.addEventListener('show.bs.modal', () => {
  const viewer = document.createElement('rmp-viewer');
  viewer.id = 'in-modal';
  viewer.setAttribute('src', './lunsumio.json');
  viewer.setAttribute('lang', 'en');
  viewer.setAttribute('view', 'risks');
  document.getElementById('modal-body').replaceChildren(viewer);
});
// Shown: its fade is over, and Bootstrap has moved the focus into it.
modal.addEventListener('shown.bs.modal', () => { modal.dataset.shown = 'true'; });
modal.addEventListener('hide.bs.modal', () => { delete modal.dataset.shown; });
modal.addEventListener('hidden.bs.modal', () => document.getElementById('modal-body').replaceChildren());
Modal.getOrCreateInstance(modal);

document.getElementById('dark').addEventListener('click', () => {
  document.documentElement.dataset.bsTheme = 'dark';
});

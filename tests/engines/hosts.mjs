// The hosts built by tests/hosts/ from the packed tarball: Bootstrap 5
// (esbuild, setBasePath), React 19 and Vue 3 (Vite).
import { until } from './webdriver.mjs';
import { inViewer, noErrors } from './page.mjs';

export const checks = [
  ['the Bootstrap host (esbuild, setBasePath): the hidden tab\'s viewer, shown', async (s, at) => {
    await s.go(`${at.site}/tests/hosts/out/esbuild-bootstrap/`);
    await until(() => s.run(`return window.events.some((e) => e.type === 'rmp-ready' && e.viewer === 'in-tab')`), 'the hidden tab\'s viewer ready');
    await s.click(await s.element(`return document.querySelector('#rmp-tab')`));
    await until(() => s.run(`
      const b = ${inViewer('in-tab', '.rmp-card-heading button')};
      return b && b.getBoundingClientRect().width > 200;`), 'the card headings drawn at the tab\'s width');
    await noErrors(s);
  }],
  ['the React 19 host (Vite): data as an object, onrmp-toggle heard, removed and put back', async (s, at) => {
    await s.go(`${at.site}/tests/hosts/out/vite-react/`);
    const heading = `return ${inViewer('viewer', '.rmp-card-heading button')}`;
    await until(() => s.run(heading), 'the risk cards');
    await s.click(await s.element(heading));
    await until(() => s.run(`return document.querySelector('#toggles').textContent === '1'`), 'onrmp-toggle heard by React');
    // One rmp-ready for each mount, heard before the viewer is removed again
    // (an event sent after the host removed its element reaches no listener of the page).
    const readies = (n) => s.run(`return window.events.filter((e) => e.type === 'rmp-ready').length === ${n}`);
    await until(() => readies(1), 'rmp-ready of the first mount');
    for (let i = 0; i < 5; i++) {
      await s.click(await s.element(`return document.querySelector('#show')`));
      await until(() => s.run(`return !document.querySelector('#viewer')`), 'removed');
      await s.click(await s.element(`return document.querySelector('#show')`));
      await until(() => s.run(heading), 'put back');
      await until(() => readies(i + 2), `rmp-ready of mount ${i + 2}`);
    }
    await noErrors(s);
  }],
  ['the Vue 3 host (Vite): :data, @rmp-ready, :view followed', async (s, at) => {
    await s.go(`${at.site}/tests/hosts/out/vite-vue/`);
    await until(() => s.run(`return document.querySelector('#ready').textContent.startsWith('ルンスミオ')`), '@rmp-ready heard by Vue');
    await s.click(await s.element(`return document.querySelector('#board')`));
    await until(() => s.run(`return ${inViewer('viewer', '[part=board-column]', true)}.length > 0`), 'the board');
    await noErrors(s);
  }],
];

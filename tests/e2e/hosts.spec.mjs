// The package in the hosts portal teams build (tests/hosts/: installed from
// its tarball, built with Vite or esbuild): React 19, Vue 3 (built, and on
// Vite's dev server with its dependency pre-bundling), Bootstrap 5's tabs
// and modal. Each page records every rmp-* event in window.events.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { check, heapMeter, root, settle, test, until } from './fixtures.mjs';

const hosts = '/tests/hosts/out';
const cards = '#viewer .rmp-card';

/** Fails the test on any console error of the page (the server's 404 for a favicon aside). */
function watchConsole(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

const events = (page, type) => page.evaluate((type) => window.events.filter((e) => !type || e.type === type), type);

test('React 19 (Vite build): data as an object, onrmp-* listeners, 30 removals and returns with no error and flat memory', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(`${hosts}/vite-react/`);
  await page.locator(cards).first().waitFor();
  const ready = await until(async () => (await events(page, 'rmp-ready'))[0], 'rmp-ready');
  check(ready.detail.title.startsWith('ルンスミオ') && ready.detail.concerns === 6, JSON.stringify(ready));
  // The portal's CSS (30px red buttons) does not reach the viewer.
  const size = await page.locator('#viewer .rmp-card-heading button').first().evaluate((b) => getComputedStyle(b).fontSize);
  check(size !== '30px', size);
  // onrmp-toggle: React's listener hears the viewer's event.
  await page.locator('#viewer .rmp-card-heading button').first().click();
  await settle(() => page.locator('#toggles').textContent(), (t) => t === '1', 'onrmp-toggle heard');
  // A prop changed by React reaches the viewer.
  await page.locator('#english').click();
  await page.locator('#viewer [part=tab]', { hasText: 'Safety specification' }).waitFor();

  const heap = await heapMeter(page);
  let at10 = 0;
  // One rmp-ready for each mount, heard before the viewer is removed again
  // (an event sent after the host removed its element reaches no listener of the page).
  const readies = (n) => settle(async () => (await events(page, 'rmp-ready')).length, (k) => k === n, `the rmp-ready of mount ${n}`);
  await readies(1);
  for (let i = 1; i <= 30; i++) {
    await page.locator('#show').click();
    await page.locator('#viewer').waitFor({ state: 'detached' });
    await page.locator('#show').click();
    await page.locator(cards).first().waitFor();
    await readies(i + 1);
    if (i === 10) at10 = await heap();
  }
  const at30 = await heap();
  // Twenty more mounts and removals leave the heap where it was (within 2 MB).
  check(at30 - at10 < 2 << 20, `heap after 10 cycles ${at10}, after 30 ${at30}`);
  check(errors.length === 0, errors.join('\n'));
});

test('Vue 3 (Vite build): :data as an object, @rmp-ready, :view followed, v-if removal and return', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(`${hosts}/vite-vue/`);
  await page.locator(cards).first().waitFor();
  await settle(() => page.locator('#ready').textContent(), (t) => t.startsWith('ルンスミオ'), '@rmp-ready heard');
  await page.locator('#board').click();
  await page.locator('#viewer [part=board-column]').first().waitFor();
  for (let i = 0; i < 5; i++) {
    await page.locator('#show').click();
    await page.locator('#viewer').waitFor({ state: 'detached' });
    await page.locator('#show').click();
    await page.locator('#viewer [part=board-column]').first().waitFor();
  }
  check(errors.length === 0, errors.join('\n'));
});

test('Vue 3 on Vite\'s dev server, the package pre-bundled as any dependency', async ({ page }) => {
  const port = 18790 + test.info().parallelIndex;
  const vite = spawn(join(root, 'tests', 'hosts', 'node_modules', '.bin', 'vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: join(root, 'tests', 'hosts', 'vite-vue'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  vite.stdout.on('data', (d) => { said += d; });
  vite.stderr.on('data', (d) => { said += d; });
  try {
    await until(async () => {
      try {
        return (await fetch(`http://127.0.0.1:${port}/`)).ok;
      } catch {
        return false;
      }
    }, () => `vite's dev server: ${said}`, 60_000);
    const errors = watchConsole(page);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator(cards).first().waitFor({ timeout: 60_000 });
    await settle(() => page.locator('#ready').textContent(), (t) => t.startsWith('ルンスミオ'), '@rmp-ready heard');
    check(errors.length === 0, errors.join('\n'));
  } finally {
    vite.kill();
  }
});

test('Bootstrap 5 (esbuild, setBasePath): a viewer in a hidden tab, one in a modal, the dark theme mapped', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto(`${hosts}/esbuild-bootstrap/`);
  // Mounted while its tab is hidden: ready, and drawn at its width once the tab is shown.
  await until(async () => (await events(page, 'rmp-ready')).some((e) => e.viewer === 'in-tab'), 'the hidden tab\'s viewer ready');
  await page.locator('#rmp-tab').click();
  const heading = page.locator('#in-tab .rmp-card-heading button').first();
  await heading.waitFor({ state: 'visible' });
  const box = await heading.boundingBox();
  check(box && box.width > 200, JSON.stringify(box));
  // The portal's letter-spacing and uppercase buttons stay outside.
  const spacing = await heading.evaluate((b) => getComputedStyle(b).letterSpacing);
  check(spacing === 'normal' || spacing === '0px', spacing);

  // The modal's viewer: made on open, operated by keyboard inside Bootstrap's focus trap, removed on close.
  await page.locator('#open-modal').click();
  await until(async () => (await events(page, 'rmp-ready')).some((e) => e.viewer === 'in-modal'), 'the modal\'s viewer ready');
  // Once the modal is shown (Bootstrap then focuses the modal itself), the reader tabs into the viewer.
  await page.locator('#rmp-modal[data-shown=true]').waitFor();
  const first = page.locator('#in-modal .rmp-card-heading button').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await until(async () => (await events(page, 'rmp-toggle')).some((e) => e.viewer === 'in-modal' && e.detail.open), 'rmp-toggle from the keyboard in the modal');
  await settle(() => first.evaluate((b) => b.matches(':focus')), Boolean, 'the focus stays on the card in the modal');
  await page.keyboard.press('Escape');
  await page.locator('#in-modal').waitFor({ state: 'detached' });

  // The dark theme: the portal's variables mapped onto --rmp-*.
  const background = () => page.locator('#in-tab [part=viewer] > *').first().evaluate((e) => getComputedStyle(e).backgroundColor);
  const light = await background();
  await page.locator('#dark').click();
  const dark = await settle(background, (c) => c !== light, 'the dark background');
  check(dark === 'rgb(33, 37, 41)', `${light} → ${dark}`);
  check(errors.length === 0, errors.join('\n'));
});

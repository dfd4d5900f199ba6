#!/usr/bin/env node
// The embedded viewer in Firefox ESR (geckodriver) and WebKitGTK
// (WebKitWebDriver, under Xvfb), over WebDriver: the element from dist/ in a
// portal page and in the Bootstrap host built by tests/hosts/. Each check
// waits for its condition. `node tests/engines/run.mjs [firefox|webkit]`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { session, until } from './webdriver.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const port = 18830;
const site = `http://127.0.0.1:${port}`;

const ENGINES = {
  firefox: {
    command: 'geckodriver',
    args: (p) => ['--port', String(p), '--host', '127.0.0.1'],
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs: { 'app.update.enabled': false } } },
  },
  webkit: {
    command: 'xvfb-run',
    args: (p) => ['-a', 'WebKitWebDriver', `--port=${p}`],
    capabilities: { 'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] } },
  },
};

/** The page's recorded rmp-* events (an init script cannot be added over WebDriver: the page records from its own start). */
const RECORD = `
  if (!window.events) {
    window.events = [];
    for (const type of ['rmp-ready', 'rmp-error', 'rmp-toggle', 'rmp-navigate']) {
      document.addEventListener(type, (e) => window.events.push({ type, viewer: e.target.id, detail: e.detail }));
    }
    window.errors = [];
    window.addEventListener('error', (e) => window.errors.push(String(e.message)));
  }`;

const checks = [
  ['the element from dist/ draws its RMP: rmp-ready, six risk cards in its shadow root', async (s) => {
    await s.go(`${site}/tests/fixtures/portal.html`);
    await until(() => s.run(`return document.querySelector('#elsewhere').state === 'ready'`), 'state ready');
    const detail = await s.runAsync(`const done = arguments[0]; document.querySelector('#elsewhere').ready.then(done, (e) => done(String(e)));`);
    if (detail.concerns !== 6 || !detail.title.startsWith('ルンスミオ')) throw new Error(JSON.stringify(detail));
    await until(() => s.run(`return document.querySelector('#elsewhere').shadowRoot.querySelectorAll('.rmp-card').length === 6`), 'six cards');
  }],
  ['a click on a risk card\'s heading opens it (aria-expanded) and fires rmp-toggle; Enter closes it', async (s) => {
    await s.run(RECORD);
    const heading = await s.element(`return document.querySelector('#elsewhere').shadowRoot.querySelector('.rmp-card-heading button')`);
    const expanded = () => s.run(`return document.querySelector('#elsewhere').shadowRoot.querySelector('.rmp-card-heading button').getAttribute('aria-expanded')`);
    const before = await expanded();
    await s.click(heading);
    await until(async () => (await expanded()) !== before, 'the card toggled by a click');
    await until(() => s.run(`return window.events.some((e) => e.type === 'rmp-toggle')`), 'rmp-toggle');
    const after = await expanded();
    await s.run(`document.querySelector('#elsewhere').shadowRoot.querySelector('.rmp-card-heading button').focus()`);
    await s.keys('\uE007');
    await until(async () => (await expanded()) !== after, 'the card toggled by Enter');
  }],
  ['the portal\'s CSS stays outside, the viewer\'s stays inside', async (s) => {
    const leaked = await s.run(`
      const style = document.createElement('style');
      style.textContent = 'button { font-size: 41px !important; } .rmp-card { display: none !important; }';
      document.head.append(style);
      const b = document.querySelector('#elsewhere').shadowRoot.querySelector('.rmp-card-heading button');
      const h1 = getComputedStyle(document.querySelector('h1'));
      return { button: getComputedStyle(b).fontSize, card: getComputedStyle(b.closest('.rmp-card')).display, h1: h1.fontFamily };
    `);
    if (leaked.button === '41px' || leaked.card === 'none') throw new Error(JSON.stringify(leaked));
  }],
  ['a viewer without a document says so (rmp-error no-document), never the default RMP', async (s) => {
    const result = await s.runAsync(`
      const done = arguments[0];
      const el = document.createElement('rmp-viewer');
      el.addEventListener('rmp-error', (e) => done({ code: e.detail.code, text: '' }));
      el.addEventListener('rmp-ready', (e) => done({ code: 'ready', text: e.detail.title }));
      document.body.append(el);`);
    if (result.code !== 'no-document') throw new Error(JSON.stringify(result));
  }],
  ['data = null is the empty state; data "[object Object]" names the cause; data as an object is shown', async (s) => {
    const result = await s.runAsync(`
      const done = arguments[0];
      const one = (data) => new Promise((resolve) => {
        const el = document.createElement('rmp-viewer');
        el.data = data;
        el.addEventListener('rmp-error', (e) => resolve(e.detail.code + ' ' + e.detail.message));
        el.addEventListener('rmp-ready', () => resolve('ready'));
        document.body.append(el);
      });
      (async () => {
        const text = await (await fetch('/data/lunsumio.json')).text();
        const own = await one(JSON.parse(text));
        done([await one(null), await one('[object Object]'), own]);
      })().catch((e) => done([String(e)]));`);
    if (!result[0]?.startsWith('no-document') || !result[1]?.startsWith('invalid-data') || !result[1].includes('data property') || result[2] !== 'ready') {
      throw new Error(JSON.stringify(result));
    }
  }],
  ['changes made while loading apply, the last one wins; state and ready tell a host that looks late; history="false" is off', async (s) => {
    const result = await s.runAsync(`
      const done = arguments[0];
      (async () => {
        const el = document.createElement('rmp-viewer');
        el.id = 'late';
        el.setAttribute('src', '/data/lunsumio.json');
        el.setAttribute('history', 'false');
        document.body.append(el);
        el.setAttribute('lang', 'en');
        el.setAttribute('view', 'summary');
        el.setAttribute('view', 'board');
        const before = el.state;
        const detail = await el.ready;
        done({ before, after: el.state, title: detail.title, hash: location.hash });
      })().catch((e) => done({ error: String(e) }));`);
    if (result.before !== 'loading' || result.after !== 'ready' || !result.title?.startsWith('ルンスミオ') || result.hash !== '') throw new Error(JSON.stringify(result));
    await until(() => s.run(`return [...document.querySelector('#late').shadowRoot.querySelectorAll('h2, h3')].some((h) => h.textContent.includes('Activity status'))`), 'the board, in English');
    // Removing src after mount: the empty state.
    const code = await s.runAsync(`
      const done = arguments[0];
      const el = document.querySelector('#late');
      el.addEventListener('rmp-error', (e) => done(e.detail.code), { once: true });
      el.removeAttribute('src');`);
    if (code !== 'no-document') throw new Error(code);
  }],
  ['removal while loading, thirty times, leaves the other viewer working and no error', async (s) => {
    await s.run(RECORD);
    await s.runAsync(`
      const done = arguments[0];
      (async () => {
        for (let i = 0; i < 30; i++) {
          const el = document.createElement('rmp-viewer');
          el.setAttribute('src', '/data/lunsumio.json');
          document.body.append(el);
          await new Promise((r) => setTimeout(r, (i * 7) % 60));
          el.remove();
        }
        const last = document.createElement('rmp-viewer');
        last.id = 'last';
        last.setAttribute('src', '/data/lunsumio.json');
        last.setAttribute('view', 'board');
        document.body.append(last);
        await last.ready;
        done(true);
      })().catch((e) => done(String(e)));`);
    await until(() => s.run(`return document.querySelector('#last').shadowRoot.querySelectorAll('[part=board-column]').length > 0`), 'the last viewer\'s board');
    const heading = await s.element(`return document.querySelector('#elsewhere').shadowRoot.querySelector('.rmp-card-heading button')`);
    await s.click(heading);
    await until(() => s.run(`return window.events.filter((e) => e.type === 'rmp-toggle' && e.viewer === 'elsewhere').length > 0`), 'the first viewer still answers');
    const errors = await s.run(`return window.errors`);
    if (errors.length) throw new Error(errors.join('\n'));
  }],
  ['the Bootstrap host (esbuild, setBasePath): the hidden tab\'s viewer, shown', async (s) => {
    await s.go(`${site}/tests/hosts/out/esbuild-bootstrap/`);
    await until(() => s.run(`return window.events.some((e) => e.type === 'rmp-ready' && e.viewer === 'in-tab')`), 'the hidden tab\'s viewer ready');
    await s.click(await s.element(`return document.querySelector('#rmp-tab')`));
    await until(() => s.run(`
      const b = document.querySelector('#in-tab').shadowRoot.querySelector('.rmp-card-heading button');
      return b && b.getBoundingClientRect().width > 200;`), 'the card headings drawn at the tab\'s width');
    const errors = await s.run(`return window.errors`);
    if (errors.length) throw new Error(errors.join('\n'));
  }],
  ['the React 19 host (Vite): data as an object, onrmp-toggle heard, removed and put back', async (s) => {
    await s.go(`${site}/tests/hosts/out/vite-react/`);
    const heading = `return document.querySelector('#viewer')?.shadowRoot?.querySelector('.rmp-card-heading button')`;
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
    const errors = await s.run(`return window.errors`);
    if (errors.length) throw new Error(errors.join('\n'));
  }],
  ['the Vue 3 host (Vite): :data, @rmp-ready, :view followed', async (s) => {
    await s.go(`${site}/tests/hosts/out/vite-vue/`);
    await until(() => s.run(`return document.querySelector('#ready').textContent.startsWith('ルンスミオ')`), '@rmp-ready heard by Vue');
    await s.click(await s.element(`return document.querySelector('#board')`));
    await until(() => s.run(`return document.querySelector('#viewer').shadowRoot.querySelectorAll('[part=board-column]').length > 0`), 'the board');
    const errors = await s.run(`return window.errors`);
    if (errors.length) throw new Error(errors.join('\n'));
  }],
];

async function engine(name) {
  const e = ENGINES[name];
  const driverPort = port + 1 + Object.keys(ENGINES).indexOf(name);
  const s = await session(name, e.command, e.args(driverPort), driverPort, e.capabilities);
  const failures = [];
  try {
    for (const [what, check] of checks) {
      const started = Date.now();
      try {
        await check(s);
        console.log(`  ok   ${name}: ${what} (${Date.now() - started} ms)`);
      } catch (error) {
        console.log(`  FAIL ${name}: ${what}\n       ${error.message.split('\n').join('\n       ')}`);
        failures.push(`${name}: ${what}`);
      }
    }
  } finally {
    await s.end();
  }
  return failures;
}

const server = spawn('python3', [join(root, 'scripts', 'serve.py'), '--port', String(port), '--dir', root], { stdio: 'ignore' });
let failures = [];
try {
  await until(async () => (await fetch(`${site}/`)).ok, 'the test server', 30_000);
  for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(ENGINES)) {
    if (!ENGINES[name]) throw new Error(`no engine ${name}: ${Object.keys(ENGINES).join(', ')}`);
    failures = failures.concat(await engine(name));
  }
} finally {
  server.kill();
}
if (failures.length) {
  console.error(`[engines] ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`[engines] ${checks.length} checks passed in each engine`);

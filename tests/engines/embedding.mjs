// The element in a portal page (tests/fixtures/portal.html): what it shows,
// its isolation, a viewer without a document, and its lifecycle: removal at
// every stage, moves, changes while loading, late listeners, every
// attribute after mount.
import { until } from './webdriver.mjs';
import { RECORD, inViewer, noErrors, open } from './page.mjs';

/** In a page script: a new viewer with `attributes`, appended to the body (not yet awaited). */
const MAKE = `
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const make = (attributes, id) => {
    const el = document.createElement('rmp-viewer');
    if (id) el.id = id;
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
    document.body.append(el);
    return el;
  };
  const settled = (el) => el.ready.then((d) => 'ready ' + d.title, (e) => 'error ' + e.code);`;

/** Runs `body` (which may use MAKE's helpers and `args`) as an async page script; its value, or its error. */
async function inPage(s, body, ...args) {
  const result = await s.runAsync(`
    const done = arguments[arguments.length - 1];
    const args = [...arguments].slice(0, -1);
    ${MAKE}
    (async () => { ${body} })().then(done, (e) => done({ error: String(e && e.stack || e) }));`, ...args);
  if (result && result.error) throw new Error(result.error);
  return result;
}

/** The portal page, opened unless it is the page already (the checks share it: its first viewer must outlive the others). */
async function portal(s, at) {
  if ((await s.run(`return location.pathname`)) !== '/tests/fixtures/portal.html') await open(s, `${at.site}/tests/fixtures/portal.html`);
  await until(() => s.run(`return document.querySelector('#elsewhere')?.state === 'ready'`), 'the portal\'s viewer ready');
}

const heading = (id) => `return ${inViewer(id, '.rmp-card-heading button')}`;
const expanded = (s, id) => s.run(`return ${inViewer(id, '.rmp-card-heading button')}.getAttribute('aria-expanded')`);

export const checks = [
  ['the element from dist/ draws its RMP: rmp-ready, six risk cards in its shadow root', async (s, at) => {
    await open(s, `${at.site}/tests/fixtures/portal.html`);
    await until(() => s.run(`return document.querySelector('#elsewhere').state === 'ready'`), 'state ready');
    const detail = await inPage(s, `return document.querySelector('#elsewhere').ready;`);
    if (detail.concerns !== 6 || !detail.title.startsWith('ルンスミオ')) throw new Error(JSON.stringify(detail));
    await until(() => s.run(`return ${inViewer('elsewhere', '.rmp-card', true)}.length === 6`), 'six cards');
  }],
  ['a click on a risk card\'s heading opens it (aria-expanded) and fires rmp-toggle; Enter closes it', async (s, at) => {
    await portal(s, at);
    const before = await expanded(s, 'elsewhere');
    await s.click(await s.element(heading('elsewhere')));
    await until(async () => (await expanded(s, 'elsewhere')) !== before, 'the card toggled by a click');
    await until(() => s.run(`return window.events.some((e) => e.type === 'rmp-toggle')`), 'rmp-toggle');
    const after = await expanded(s, 'elsewhere');
    await s.run(`${inViewer('elsewhere', '.rmp-card-heading button')}.focus()`);
    await s.keys('\uE007');
    await until(async () => (await expanded(s, 'elsewhere')) !== after, 'the card toggled by Enter');
  }],
  ['the portal\'s CSS stays outside, the viewer\'s stays inside', async (s, at) => {
    await portal(s, at);
    const leaked = await s.run(`
      const style = document.createElement('style');
      style.id = 'hostile';
      style.textContent = 'button { font-size: 41px !important; } .rmp-card { display: none !important; }';
      document.head.append(style);
      const b = ${inViewer('elsewhere', '.rmp-card-heading button')};
      const h1 = getComputedStyle(document.querySelector('h1'));
      const found = { button: getComputedStyle(b).fontSize, card: getComputedStyle(b.closest('.rmp-card')).display, h1: h1.fontFamily };
      style.remove();
      return found;`);
    if (leaked.button === '41px' || leaked.card === 'none') throw new Error(JSON.stringify(leaked));
  }],
  ['a viewer without a document says so (rmp-error no-document, the empty state), never the default RMP', async (s, at) => {
    await portal(s, at);
    const result = await inPage(s, `
      const el = make({});
      const said = await settled(el);
      return { said, empty: !!el.shadowRoot.querySelector('[part=empty]'), cards: el.shadowRoot.querySelectorAll('.rmp-card').length };`);
    if (result.said !== 'error no-document' || !result.empty || result.cards) throw new Error(JSON.stringify(result));
  }],
  ['data = null is the empty state; data "[object Object]" names the cause; data as an object is shown; data set before definition is read', async (s, at) => {
    await portal(s, at);
    const result = await inPage(s, `
      const one = (data) => { const el = document.createElement('rmp-viewer'); el.data = data; document.body.append(el); return el.ready.then(() => 'ready', (e) => e.code + ' ' + e.message); };
      const text = await (await fetch('/data/lunsumio.json')).text();
      // An element made before the definition (in another document), its property set, then adopted: upgraded here.
      const early = new DOMParser().parseFromString('<rmp-viewer></rmp-viewer>', 'text/html').body.firstChild;
      early.data = JSON.parse(text);
      document.body.append(document.adoptNode(early));
      return [await one(null), await one(undefined), await one('[object Object]'), await one(JSON.parse(text)), await settled(early)];`);
    if (!result[0].startsWith('no-document') || !result[1].startsWith('no-document') || !result[2].startsWith('invalid-data') || !result[2].includes('data property')
      || result[3] !== 'ready' || !result[4].startsWith('ready ルンスミオ')) {
      throw new Error(JSON.stringify(result));
    }
  }],
  ['changes made while loading apply, the last one wins; state and ready tell a host that looks late', async (s, at) => {
    await portal(s, at);
    const result = await inPage(s, `
      const el = make({ src: '/data/lunsumio.json' }, 'late');
      el.setAttribute('lang', 'en');
      el.setAttribute('view', 'summary');
      el.setAttribute('view', 'board');
      const before = el.state;
      const detail = await el.ready;
      await sleep(50);
      // A document given just after insertion: the promise the host holds settles for it, not for the empty start.
      const text = await (await fetch('/data/lunsumio.json')).text();
      const given = make({});
      given.data = text;
      const named = make({});
      named.src = '/data/lunsumio.json';
      // A listener added long after: the state and the promise still tell.
      return { before, after: el.state, title: detail.title, again: (await el.ready).title, given: await settled(given), named: await settled(named) };`);
    if (result.before !== 'loading' || result.after !== 'ready' || !result.title?.startsWith('ルンスミオ') || result.again !== result.title
      || !result.given.startsWith('ready ルンスミオ') || !result.named.startsWith('ready ルンスミオ')) throw new Error(JSON.stringify(result));
    await until(() => s.run(`return [...${inViewer('late', 'h2, h3', true)}].some((h) => h.textContent.includes('Activity status'))`), 'the board, in English');
  }],
  ['removal at every stage (same task, next microtask, during the fetch, while drawing, after ready) never stops another viewer', async (s, at) => {
    await portal(s, at);
    await s.run(RECORD);
    const stages = await inPage(s, `
      const [slow, origin] = args;
      const seen = [];
      for (let i = 0; i < 5; i++) make({ src: '/data/lunsumio.json' }).remove();
      for (let i = 0; i < 5; i++) { const el = make({ src: '/data/lunsumio.json' }); await Promise.resolve(); el.remove(); }
      for (let i = 0; i < 3; i++) {
        const el = make({ src: slow, 'allowed-origins': origin });
        await sleep(200 + 100 * i);
        seen.push(el.state);
        el.remove();
      }
      for (let f = 0; f < 12; f++) {
        const el = make({ src: '/data/lunsumio.json', view: ['matrix', 'board', 'risks', 'plan'][f % 4] });
        for (let k = 0; k < f; k++) await frame();
        el.remove();
      }
      for (let i = 0; i < 30; i++) {
        const el = make({ src: '/data/lunsumio.json' });
        await sleep((i * 7) % 60);
        el.remove();
      }
      const el = make({ src: '/data/lunsumio.json' });
      await el.ready;
      el.remove();
      const last = make({ src: '/data/lunsumio.json', view: 'board' }, 'after-removals');
      await last.ready;
      return seen;`, `${at.other}slow/lunsumio.json`, at.other.replace(/\/$/, ''));
    if (stages.some((state) => state !== 'loading')) throw new Error(`removed during the fetch, yet: ${stages}`);
    await until(() => s.run(`return ${inViewer('after-removals', '[part=board-column]', true)}.length > 0`), 'the last viewer\'s board');
    const toggles = () => s.run(`return window.events.filter((e) => e.type === 'rmp-toggle' && e.viewer === 'elsewhere').length`);
    const before = await toggles();
    await s.click(await s.element(heading('elsewhere')));
    await until(async () => (await toggles()) > before, 'the first viewer still answers');
    await noErrors(s);
  }],
  ['moved while loading and after ready, removed and put back: one viewer each time, drawn and ready', async (s, at) => {
    await portal(s, at);
    const result = await inPage(s, `
      const el = make({ src: '/data/lunsumio.json', view: 'risks' }, 'moved');
      await Promise.resolve();
      document.querySelector('main').append(el);
      await el.ready;
      document.querySelector('#api').append(el);
      await frame();
      const kept = el.shadowRoot.querySelectorAll('.rmp-card').length;
      el.remove();
      await sleep(80);
      const empty = el.shadowRoot.childElementCount;
      document.querySelector('main').append(el);
      const again = await settled(el);
      return { kept, empty, again };`);
    if (result.kept !== 6 || result.empty !== 0 || !result.again.startsWith('ready ルンスミオ')) throw new Error(JSON.stringify(result));
    await until(() => s.run(`return ${inViewer('moved', '.rmp-viewer', true)}.length === 1 && ${inViewer('moved', '.rmp-card', true)}.length === 6`), 'one viewer, six cards');
    await noErrors(s);
  }],
  ['every attribute after mount: lang, view, open, activity, history, src removed', async (s, at) => {
    await portal(s, at);
    await inPage(s, `await make({ src: '/data/lunsumio.json' }, 'attrs').ready;`);
    const el = `document.getElementById('attrs')`;
    await s.run(`${el}.setAttribute('lang', 'en')`);
    await until(() => s.run(`return [...${inViewer('attrs', '.rmp-tab', true)}].some((t) => t.textContent === 'Safety specification')`), 'lang="en": the tabs in English');
    await s.run(`${el}.setAttribute('view', 'board')`);
    await until(() => s.run(`return ${inViewer('attrs', '[part=board-column]', true)}.length > 0`), 'view="board"');
    await s.run(`${el}.setAttribute('open', 'crs')`);
    await until(() => s.run(`return ${inViewer('attrs', '#rmp-risk-crs-button')}?.getAttribute('aria-expanded') === 'true'`), 'open="crs": its card open');
    await s.run(`${el}.setAttribute('activity', 'lun2501')`);
    await until(() => s.run(`return ${inViewer('attrs', '.rmp-activity-page h2')}?.textContent.includes('LUN2501')`), 'activity="lun2501": its page');
    // history: off unless present; set after mount, the URL follows; removed, it stops.
    await s.run(`history.replaceState(null, '', location.pathname); ${el}.setAttribute('history', '')`);
    const tab = (view) => s.element(`return [...${inViewer('attrs', '.rmp-tab', true)}].find((t) => t.getAttribute('href') === '#${view}')`);
    await until(async () => { await s.click(await tab('matrix')); return s.run(`return location.hash === '#matrix'`); }, 'history set: the fragment follows');
    await s.run(`${el}.setAttribute('history', 'false')`);
    await until(() => tab('plan'), 'the viewer mounted again');
    await s.click(await tab('plan'));
    await until(() => s.run(`return ${inViewer('attrs', '.rmp-plan')} !== null`), 'the plan');
    const hash = await s.run(`return location.hash`);
    if (hash !== '#matrix') throw new Error(`history="false", yet the fragment moved to ${hash}`);
    const code = await inPage(s, `const el = document.getElementById('attrs'); el.removeAttribute('src'); return settled(el);`);
    if (code !== 'error no-document') throw new Error(code);
    await noErrors(s);
  }],
  ['allowed-origins, base and catalog after mount: the other origin refused then trusted, the changes since a version, a catalog', async (s, at) => {
    await portal(s, at);
    const origin = at.other.replace(/\/$/, '');
    const trust = await inPage(s, `
      const el = make({ src: args[0] + 'data/forged.json' }, 'origins');
      const refused = await settled(el);
      el.setAttribute('allowed-origins', args[1]);
      await sleep(0);
      const trusted = await settled(el);
      el.removeAttribute('allowed-origins');
      await sleep(0);
      return [refused, trusted, await settled(el)];`, at.other, origin);
    if (trust[0] !== 'error untrusted-source' || !trust[1].startsWith('ready 偽物') || trust[2] !== 'error untrusted-source') {
      throw new Error(JSON.stringify(trust));
    }
    await inPage(s, `await make({ src: '/data/lunsumio.json' }, 'versions').ready;`);
    await s.run(`document.getElementById('versions').setAttribute('base', '/data/lunsumio-2026-02-25.json')`);
    await until(() => s.run(`return ${inViewer('versions', '.rmp-changes summary')}?.textContent.includes('令和8年2月25日')`), 'base set: what changed since 令和8年2月25日');
    await s.run(`document.getElementById('versions').removeAttribute('base')`);
    await until(() => s.run(`return ${inViewer('versions', '.rmp-card-heading, .rmp-summary')} && !${inViewer('versions', '.rmp-changes')}`), 'base removed: no changes shown');
    const documents = await (await fetch(`${at.site}/data/catalog.json`)).json();
    await s.run(`document.getElementById('versions').setAttribute('catalog', '/data/catalog.json')`);
    await until(() => s.run(`return ${inViewer('versions', '.rmp-shelf-table tbody tr', true)}.length === ${documents.documents.length}`), 'catalog set: a row per document');
    await noErrors(s);
  }],
];

// The element's lifecycle as a host meets it: no document, data that is not
// an RMP, removal at any moment, attributes after mount, late listeners.
import { createServer } from 'node:http';
import { check, heapMeter, settle, test } from './fixtures.mjs';
import { matrixLimitDocument } from './shared.mjs';

const page0 = 'tests/fixtures/portal.html';
const src = '/data/lunsumio.json';

/** The portal page, with `insertViewer(attributes)` in it: a new <rmp-viewer> appended to the body. */
async function portal(page) {
  await page.addInitScript(() => {
    window.insertViewer = (attributes) => {
      const el = document.createElement('rmp-viewer');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.body.append(el);
      return el;
    };
  });
  await page.goto(page0);
}

test('a viewer without a document says so and fires rmp-error no-document, never the default RMP', async ({ page }) => {
  await page.goto(page0);
  const result = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('rmp-viewer');
    el.addEventListener('rmp-error', (e) => resolve({ code: e.detail.code, state: el.state }));
    el.addEventListener('rmp-ready', (e) => resolve({ code: 'ready', title: e.detail.title }));
    document.body.append(el);
  }));
  check(result.code === 'no-document' && result.state === 'error', JSON.stringify(result));
  const text = await settle(() => page.locator('rmp-viewer:not([id]) [part=empty]').textContent({ timeout: 1000 }), (t) => t.length > 0, 'the empty state');
  check(!text.includes('ルンスミオ'), text);
});

test('data = null shows the empty state; data "[object Object]" names the likely cause', async ({ page }) => {
  await page.goto(page0);
  const codes = await page.evaluate(() => Promise.all([null, '[object Object]'].map((data) => new Promise((resolve) => {
    const el = document.createElement('rmp-viewer');
    el.data = data;
    el.addEventListener('rmp-error', (e) => resolve(`${e.detail.code} ${e.detail.message}`));
    el.addEventListener('rmp-ready', () => resolve('ready'));
    document.body.append(el);
  }))));
  check(codes[0].startsWith('no-document'), codes[0]);
  check(codes[1].startsWith('invalid-data') && codes[1].includes('data property'), codes[1]);
});

test('a data property set before the element is defined is read at upgrade', async ({ page }) => {
  await page.goto('tests/fixtures/blank.html');
  const title = await page.evaluate(async (src) => {
    const data = await (await fetch(src)).json();
    const el = document.createElement('rmp-viewer');
    el.data = data;
    document.body.append(el);
    await import('/dist/rmp-viewer.js');
    return (await el.ready).title;
  }, src);
  check(title.startsWith('ルンスミオ'), title);
});

test('removal at every moment never stops another viewer', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // (The page's missing favicon is the server's 404, not the viewer's.)
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  await portal(page);
  await page.locator('#elsewhere .rmp-card').first().waitFor();
  await page.evaluate(async (src) => {
    for (let i = 0; i < 30; i++) {
      const el = document.createElement('rmp-viewer');
      el.setAttribute('src', src);
      document.body.append(el);
      await new Promise((r) => setTimeout(r, (i * 7) % 80));
      el.remove();
    }
    // Moved in the DOM: kept.
    const moved = window.insertViewer({ id: 'moved', src, view: 'risks' });
    await moved.ready;
    document.querySelector('main').append(moved);
  }, src);
  await page.locator('#moved .rmp-card').first().waitFor();
  await page.locator('#elsewhere').evaluate((el) => el.setAttribute('view', 'board'));
  await page.locator('#elsewhere .rmp-board').waitFor();
  check(errors.length === 0, errors.join('\n'));
});

test('state and ready tell a host that looks late; changes made while loading apply, the last one wins', async ({ page }) => {
  await page.goto(page0);
  const r = await page.evaluate(async (src) => {
    const el = document.createElement('rmp-viewer');
    el.setAttribute('src', src);
    document.body.append(el);
    el.setAttribute('lang', 'ja');
    el.setAttribute('lang', 'en');
    el.setAttribute('view', 'board');
    const before = el.state;
    const detail = await el.ready;
    return { before, after: el.state, title: detail.title };
  }, src);
  check(r.before === 'loading' && r.after === 'ready' && r.title.startsWith('ルンスミオ'), JSON.stringify(r));
  const last = page.locator('rmp-viewer:not([id])').last();
  await last.getByRole('heading', { name: 'Activity status' }).waitFor();
  // A document given just after insertion: the promise the host already holds settles for it.
  const given = await page.evaluate(async (src) => {
    const el = document.createElement('rmp-viewer');
    document.body.append(el);
    el.data = await (await fetch(src)).text();
    const other = document.createElement('rmp-viewer');
    document.body.append(other);
    other.src = src;
    const settled = (v) => v.ready.then((d) => d.title, (e) => e.code);
    return [await settled(el), await settled(other)];
  }, src);
  check(given.every((t) => t.startsWith('ルンスミオ')), JSON.stringify(given));
});

test('history="false" leaves the URL alone; removing src empties the viewer', async ({ page }) => {
  await portal(page);
  await page.evaluate(async (src) => {
    await window.insertViewer({ id: 'h', src, history: 'false' }).ready;
  }, src);
  await page.locator('#h').getByRole('link', { name: '活動の状況' }).click();
  await page.locator('#h .rmp-board').waitFor();
  check(await page.evaluate(() => location.hash) === '', 'no fragment');
  const code = await page.evaluate(() => new Promise((resolve) => {
    const el = document.getElementById('h');
    el.addEventListener('rmp-error', (e) => resolve(e.detail.code));
    el.removeAttribute('src');
  }));
  check(code === 'no-document', code);
});

test('a document sent without its length stops being read at 16 MiB: too-large, and the request is aborted', async ({ page }) => {
  // Another origin (allowed by the viewer), sending JSON text in 1 MiB chunks, up to 64 MiB, with no Content-Length.
  let sent = 0;
  let closedEarly = null;
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    const chunk = Buffer.alloc(1 << 20, 0x20);
    response.write('[');
    const more = () => {
      while (sent < 64 && !response.destroyed) {
        sent++;
        if (!response.write(chunk)) return response.once('drain', more);
      }
      response.end(']');
    };
    response.on('close', () => { closedEarly = sent < 64; });
    more();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    await page.goto(page0);
    const detail = await page.evaluate((origin) => new Promise((resolve) => {
      const el = document.createElement('rmp-viewer');
      el.setAttribute('allowed-origins', origin);
      el.setAttribute('src', `${origin}/endless.json`);
      el.addEventListener('rmp-error', (e) => resolve(e.detail));
      el.addEventListener('rmp-ready', () => resolve({ code: 'ready' }));
      document.body.append(el);
    }), origin);
    check(detail.code === 'too-large' && detail.message.includes('reading stopped'), JSON.stringify(detail));
    await settle(() => closedEarly, (c) => c === true, () => `the request aborted before 64 MiB were sent (${sent} sent)`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('fifty viewers on one page, then removed: each unmounted, and the heap back where it was', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await portal(page);
  await page.locator('#elsewhere .rmp-card').first().waitFor();
  const heap = await heapMeter(page);
  const round = () => page.evaluate(async (src) => {
    const text = await (await fetch(src)).text();
    const views = ['risks', 'board', 'summary', 'overview', 'matrix'];
    const els = Array.from({ length: 50 }, (_, i) => window.insertViewer({ src, view: views[i % 5], class: 'many' }));
    els.forEach((el, i) => { if (i % 2) el.data = text; });
    const details = await Promise.all(els.map((el) => el.ready));
    for (const el of els) el.remove();
    await new Promise((r) => setTimeout(r, 50));
    return { ready: details.filter((d) => d.concerns === 6).length, left: document.querySelectorAll('rmp-viewer.many').length, emptied: els.every((el) => !el.shadowRoot || el.shadowRoot.childElementCount === 0) };
  }, src);
  const first = await round();
  check(first.ready === 50 && first.left === 0 && first.emptied, JSON.stringify(first));
  const after1 = await heap();
  const second = await round();
  check(second.ready === 50 && second.emptied, JSON.stringify(second));
  const after2 = await heap();
  check(after2 - after1 < 4 << 20, `the heap after one round of 50 viewers ${after1}, after two ${after2}`);
  // The page's own viewer still answers.
  await page.locator('#elsewhere').evaluate((el) => el.setAttribute('view', 'board'));
  await page.locator('#elsewhere .rmp-board').waitFor();
  check(errors.length === 0, errors.join('\n'));
});

test('fifty viewers of a document at the matrix limit, drawn in full, collected and removed: no panic, the page\'s own viewer answers', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await portal(page);
  await page.locator('#elsewhere .rmp-card').first().waitFor();
  const text = matrixLimitDocument();
  const rows = JSON.parse(text).safety_specification.identified_risks.length;
  const r = await page.evaluate(async ({ text, rows }) => {
    const els = Array.from({ length: 50 }, () => window.insertViewer({ view: 'matrix', class: 'many' }));
    els.forEach((el) => { el.data = text; });
    const settled = await Promise.all(els.map((el) => el.ready.then(() => 'ready', (e) => e.code)));
    const drawn = () => els.map((el) => el.shadowRoot.querySelectorAll('.rmp-matrix-table tbody tr').length);
    while (drawn().some((n) => n < rows)) await new Promise((r) => setTimeout(r, 200));
    gc();
    await new Promise((r) => setTimeout(r, 100));
    for (const el of els) el.remove();
    gc();
    await new Promise((r) => setTimeout(r, 100));
    return { settled: [...new Set(settled)], drawn: [...new Set(drawn())], left: els.filter((el) => el.shadowRoot.childElementCount).length };
  }, { text, rows });
  check(r.settled.join() === 'ready' && r.left === 0, JSON.stringify(r));
  await page.locator('#elsewhere').evaluate((el) => el.setAttribute('view', 'board'));
  await page.locator('#elsewhere .rmp-board').waitFor();
  check(errors.length === 0, errors.join('\n'));
});

// The embedding surface and the offline bundle (dist/), end to end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attribute, base, check, count, root, settle, test, until } from './fixtures.mjs';

const dist = base + 'dist/';

/** Collects CSP violations from the first script on. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

async function readyCount(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('#portal-log [data-type="rmp-ready"]').length >= n, n);
}

const style = (locator) => locator.evaluate((el) => {
  const s = getComputedStyle(el);
  return ['color', 'background-color', 'font-family', 'font-size', 'border-top-width', 'padding-top', 'text-transform', 'letter-spacing', 'line-height', 'display']
    .map((p) => `${p}=${s.getPropertyValue(p)}`).join('; ');
});

test('dist: the standalone index.html works from a sub-path: its search\'s wasm, then the viewer\'s', async ({ page }) => {
  await page.goto(dist + '#risks');
  await count(page.locator('[id="risks"] details.rmp-card-details'), 6, 'six drawn cards');
  await count(page.locator('#app .rmp-viewer.rmp-attached'), 1, 'the search attached (its wasm found under the sub-path)');
  await page.locator('.rmp-lang').click();
  await count(page.locator('.rmp-card-heading button'), 6, 'six accordion buttons: the viewer (its wasm found under the sub-path)');
  await count(page.locator('.rmp-tabs').getByRole('link', { name: 'Safety specification', exact: true }), 1, 'in English');
});

test('embed.html: two viewers under a strict CSP, both ready, zero violations', async ({ page }) => {
  await watchCsp(page);
  const fetched = [];
  page.on('request', (r) => { if (/\.(wasm|css)$/.test(r.url())) fetched.push(r.url().replace(dist, '')); });
  await page.goto(dist + 'embed.html');
  await readyCount(page, 2);
  check(fetched.filter((u) => u.endsWith('.wasm')).length === 1, `the wasm is fetched once: ${fetched}`);
  check(fetched.filter((u) => u.endsWith('rmp-viewer.css')).length === 1, `the stylesheet is fetched once: ${fetched}`);
  const a = page.locator('#viewer-a');
  const b = page.locator('#viewer-b');
  await attribute(a.locator('#rmp-risk-infections-button'), 'aria-expanded', 'true', 'open="infections" opens it');
  await count(b.getByRole('heading', { name: 'Activity status' }), 1, 'view="board" in English');
  await attribute(b.locator('.rmp-root'), 'lang', 'en', 'lang="en"');
  check(await page.evaluate(() => window.scrollY) === 0, 'an embedded viewer does not scroll the host page');
  const detail = await page.locator('#portal-log [data-type="rmp-ready"]').first().textContent();
  check(detail.includes('"concerns":6') && detail.includes('"activities":10'), detail);
  await a.getByRole('button', { name: 'サイトカイン放出症候群' }).click();
  await b.getByRole('link', { name: 'Summary' }).click();
  const violations = await page.evaluate(() => window.__csp);
  check(violations.length === 0, `CSP: ${violations.join('; ')}`);
});

test('the two viewers are independent, and the host hears their events', async ({ page }) => {
  await page.goto(dist + 'embed.html');
  await readyCount(page, 2);
  const a = page.locator('#viewer-a');
  const b = page.locator('#viewer-b');
  await b.getByRole('link', { name: 'Safety specification' }).click();
  await b.locator('#rmp-risk-crs-button').click();
  await attribute(b.locator('#rmp-risk-crs-button'), 'aria-expanded', 'true', 'B opened CRS');
  check(await a.locator('#rmp-risk-crs-button').getAttribute('aria-expanded') === 'false', 'A untouched');
  check(await a.locator('#rmp-risk-infections-button').getAttribute('aria-expanded') === 'true', 'A keeps its card');
  await a.getByRole('searchbox').fill('LUN2501');
  await count(a.locator('.rmp-hits li'), (n) => n > 0, 'A lists hits');
  check(await b.getByRole('searchbox').inputValue() === '', 'B search untouched');
  const readLog = () => page.locator('#portal-log li').evaluateAll((items) => items.map((i) => `${i.dataset.viewer} ${i.textContent}`));
  const log = await settle(readLog, (l) => l.some((x) => x.startsWith('viewer-b') && x.includes('rmp-toggle') && x.includes('"risk":"crs"') && x.includes('"open":true'))
    && l.some((x) => x.startsWith('viewer-b') && x.includes('rmp-navigate') && x.includes('"view":"risks"')), 'B\'s toggle and navigate reach the host');
  check(!log.some((l) => l.startsWith('viewer-a') && l.includes('rmp-toggle')), 'A sent no toggle');
  check(!(await page.evaluate(() => location.hash)), 'no history attribute: the host URL is untouched');
});

test('hostile host CSS does not change the viewer, and the viewer CSS does not leak', async ({ page }) => {
  await page.goto(dist + '#summary');
  await page.waitForSelector('.rmp-summary');
  const clean = {
    h1: await style(page.locator('.rmp-header h1')),
    tab: await style(page.locator('.rmp-tab').first()),
    button: await style(page.locator('button.rmp-lang')),
  };
  await page.goto(dist + 'embed.html');
  await readyCount(page, 2);
  const b = page.locator('#viewer-b');
  await b.getByRole('link', { name: 'Summary' }).click();
  await b.getByRole('button', { name: '日本語' }).click();
  await b.locator('.rmp-summary').waitFor();
  await attribute(b.locator('.rmp-root'), 'lang', 'ja', 'B in Japanese');
  const hosted = {
    h1: await style(b.locator('.rmp-header h1')),
    tab: await style(b.locator('.rmp-tab').first()),
    button: await style(b.locator('button.rmp-lang')),
  };
  for (const k of Object.keys(clean)) check(clean[k] === hosted[k], `${k}:\n  alone  ${clean[k]}\n  hosted ${hosted[k]}`);
  const portalH1 = await page.locator('body > header h1').evaluate((el) => getComputedStyle(el).color);
  check(portalH1 === 'rgb(208, 0, 0)', `the portal keeps its own styles (${portalH1})`);
  const tableCss = await page.locator('body').evaluate(() => [...document.styleSheets].some((s) => s.href && s.href.includes('rmp-viewer.css')));
  check(!tableCss, 'the viewer stylesheet is not in the host document');
});

test('a broken document in one viewer leaves the others alone and fires rmp-error', async ({ page }) => {
  await page.goto(dist + 'embed.html');
  await readyCount(page, 2);
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('rmp-viewer');
    el.id = 'viewer-c';
    el.setAttribute('src', 'data/missing.json');
    el.addEventListener('rmp-error', (e) => resolve(e.detail));
    document.querySelector('main').append(el);
  }));
  check(detail.code === 'http-status' && detail.message.includes('missing.json') && detail.message.includes('404'), JSON.stringify(detail));
  const c = page.locator('#viewer-c');
  await count(c.getByRole('alert'), 1, 'error panel in C');
  await count(page.locator('#viewer-a .rmp-card'), 6, 'A still shows its cards');
  await page.locator('#viewer-c').evaluate((el) => { el.data = { format_version: 1 }; });
  await c.getByText('missing-field').waitFor();
});

test('attributes and the data property update the viewer; removing it unmounts', async ({ page }) => {
  await page.goto(dist + 'embed.html');
  await readyCount(page, 2);
  const b = page.locator('#viewer-b');
  await page.locator('#viewer-b').evaluate((el) => el.setAttribute('lang', 'ja'));
  await b.getByRole('button', { name: 'English' }).waitFor();
  await page.locator('#viewer-b').evaluate((el) => el.setAttribute('view', 'matrix'));
  await b.locator('.rmp-matrix-table').waitFor();
  await page.locator('#viewer-a').evaluate((el) => el.setAttribute('open', 'tumor-flare'));
  await page.waitForFunction(() => document.querySelector('#viewer-a').shadowRoot.querySelector('#rmp-risk-tumor-flare-button').getAttribute('aria-expanded') === 'true');
  const left = await page.evaluate(async () => {
    const el = document.querySelector('#viewer-b');
    el.remove();
    // Unmounted once the task is over (a move within one task keeps it).
    await new Promise((r) => setTimeout(r));
    return el.shadowRoot.childElementCount;
  });
  check(left === 0, `unmounted (${left} children left)`);
});

test('mount(): the handle can be dropped and garbage-collected; the viewer stays', async ({ page }) => {
  await page.goto(base + 'tests/fixtures/portal.html');
  await page.locator('#elsewhere .rmp-card').first().waitFor();
  await page.evaluate(async () => {
    const { mount } = await import('/dist/rmp-viewer.js');
    await mount(document.getElementById('api'), { src: '/data/lunsumio.json', view: 'risks', lang: 'en' });
    for (let i = 0; i < 5; i++) { window.gc(); await new Promise((r) => setTimeout(r, 50)); }
  });
  const api = page.locator('#api');
  await api.locator('#rmp-risk-crs-button').click();
  await attribute(api.locator('#rmp-risk-crs-button'), 'aria-expanded', 'true', 'still alive after gc');
  const handle = await page.evaluate(async () => {
    const { mount } = await import('/dist/rmp-viewer.js');
    const el = document.createElement('div');
    document.body.append(el);
    const h = await mount(el, { src: '/data/lunsumio.json', view: 'board' });
    h.update({ lang: 'en', view: 'summary' });
    // Waits for the update to be drawn (up to 15 s), not a fixed time.
    const drawn = () => !!el.shadowRoot.querySelector('.rmp-summary') && el.shadowRoot.querySelector('.rmp-root')?.lang === 'en';
    for (let i = 0; i < 300 && !drawn(); i++) await new Promise((r) => setTimeout(r, 50));
    const english = drawn();
    h.unmount();
    return { english, mounted: h.mounted, left: el.shadowRoot.querySelectorAll('.rmp-root').length };
  });
  check(handle.english && !handle.mounted && handle.left === 0, JSON.stringify(handle));
});

test('a child <script type="application/json"> is the document', async ({ page }) => {
  await page.goto(base + 'tests/fixtures/portal.html');
  await page.locator('#elsewhere .rmp-card').first().waitFor();
  const json = readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8')
    .replace('"product_name": "ルンスミオ"', '"product_name": "テスト製品"');
  const title = await page.evaluate((json) => new Promise((resolve) => {
    const el = document.createElement('rmp-viewer');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    el.addEventListener('rmp-ready', (e) => resolve(e.detail.title));
    document.body.append(el);
  }), json);
  check(title.startsWith('テスト製品'), title);
});

test('a viewer with the history attribute keeps its place in the URL', async ({ page }) => {
  await page.goto(base + 'tests/fixtures/portal.html');
  await page.locator('#elsewhere .rmp-card').first().waitFor();
  await page.evaluate(() => {
    const el = document.createElement('rmp-viewer');
    el.id = 'with-history';
    el.setAttribute('src', '/data/lunsumio.json');
    el.setAttribute('history', '');
    document.body.append(el);
  });
  const h = page.locator('#with-history');
  await h.getByRole('link', { name: '活動の状況' }).click();
  await page.waitForFunction(() => location.hash === '#board');
});

test.describe(() => {
  test.use({ allowPageErrors: true });
  test('a missing .wasm shows a readable message and fires rmp-error', async ({ page }) => {
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(dist + 'embed.html');
    await settle(() => page.locator('#viewer-a [role=alert]').textContent({ timeout: 1000 }), (t) => t.includes('could not start'), 'a readable message');
    await count(page.locator('#portal-log [data-type="rmp-error"]'), (n) => n >= 1, 'rmp-error fired');
  });
});

test('the single file opens from file:// with the network off and shows every card', async ({ page, context }) => {
  await context.setOffline(true);
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(join(root, 'dist', 'rmp-viewer-standalone.html')).href + '#risks');
  await count(page.locator('.rmp-card-heading button'), 6, 'six cards');
  check(requests.length === 0, `requests: ${requests.join(', ')}`);
});

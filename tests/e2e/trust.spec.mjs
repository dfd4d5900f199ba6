// What a portal may load, and what one document may do to the page: other
// origins refused unless the portal names them, unusable data, CSV
// formulas, the single file with markup in a string, footnote links, ids
// as selectors, and a page that does not allow WebAssembly.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attribute, base, check, count, root, settle, test, until } from './fixtures.mjs';

const lunsumio = readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8');
/** A forged copy, as an attacker would serve it. */
const forged = lunsumio.replace('"product_name": "ルンスミオ"', '"product_name": "偽物"');

/**
 * A second origin, served by the test itself: any path answers the forged
 * document, readable from anywhere (CORS *) unless the path says `no-cors`.
 * `requests` lists what it was asked for.
 */
const requests = [];
const second = createServer((req, res) => {
  requests.push(req.url);
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  if (!req.url.includes('no-cors')) headers['Access-Control-Allow-Origin'] = '*';
  res.writeHead(200, headers);
  res.end(forged);
});
await new Promise((resolve) => second.listen(0, '127.0.0.1', resolve));
const other = `http://127.0.0.1:${second.address().port}/`;
test.afterAll(() => new Promise((resolve) => second.close(resolve)));

/** The portal page's first viewer still switches views, and a new viewer mounts and draws its document. */
async function othersStillWork(page) {
  await page.locator('#elsewhere').evaluate((el) => el.setAttribute('view', 'board'));
  await page.locator('#elsewhere .rmp-board').waitFor();
  const title = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('rmp-viewer');
    el.setAttribute('src', '/data/lunsumio.json');
    el.addEventListener('rmp-ready', (e) => resolve(e.detail.title));
    document.body.append(el);
  }));
  check(title.startsWith('ルンスミオ'), `a new viewer: ${title}`);
}

const alertText = (page) => page.getByRole('alert').textContent({ timeout: 1000 });

test('a document from another origin, protocol-relative, backslash, a redirect, data: or blob: is refused', async ({ page }) => {
  requests.length = 0;
  await page.route((u) => u.pathname.endsWith('/fixtures/redirect.json'), (r) => r.fulfill({ status: 302, headers: { Location: other + 'data/forged.json' } }));
  const host = new URL(other).host;
  for (const src of [
    other + 'data/forged.json',
    `//${host}/data/forged.json`,
    `/\\${host}/data/forged.json`,
    'tests/fixtures/redirect.json',
    'data:application/json,' + encodeURIComponent('{"format_version": 1, "document": {"product_name": "偽物"}}'),
    `blob:${base}0b5d6f1e-0000-4000-8000-000000000000`,
  ]) {
    await page.goto(base + '?src=' + encodeURIComponent(src) + '#summary');
    const text = await settle(() => alertText(page), (t) => t.includes('untrusted-source'), `${src.slice(0, 60)} refused`);
    check(!text.includes('偽物') && await page.locator('.rmp-root').count() === 0, `${src.slice(0, 60)}: nothing of it shown`);
  }
  // Refused before any request, except the redirect, whose answer is dropped.
  check(requests.length === 1 && requests[0] === '/data/forged.json', `requests to the other origin: ${requests}`);
});

test('a portal names an origin it trusts: its document shows, with where it came from', async ({ page }) => {
  // The standalone page with <meta name="rmp-allowed-origins">.
  // (A real file, not a routed answer: the browser treats a routed page as outside the local network.)
  const index = readFileSync(join(root, 'index.html'), 'utf8')
    .replaceAll('"www/', '"/www/')
    .replace('<head>', `<head>\n  <meta name="rmp-allowed-origins" content="${new URL(other).origin}">`);
  writeFileSync(join(root, 'target', 'e2e-allowed.html'), index);
  await page.goto(base + 'target/e2e-allowed.html?src=' + encodeURIComponent(other + 'data/forged.json') + '#summary');
  await settle(() => page.locator('.rmp-provenance').textContent({ timeout: 1000 }), (t) => t.includes(other + 'data/forged.json'), 'the header says where it came from');
  await until(async () => (await page.locator('.rmp-header h1').textContent()).startsWith('偽物'), 'the named origin\'s document');
  // The built-in document says nothing of the kind.
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  check(await page.locator('.rmp-provenance').count() === 0, 'no source line for the page\'s own document');
  // An embedded viewer with allowed-origins.
  await page.goto(base + 'tests/fixtures/portal.html');
  await page.evaluate((src) => {
    const el = document.createElement('rmp-viewer');
    el.id = 'trusted';
    el.setAttribute('allowed-origins', new URL(src).origin);
    el.setAttribute('src', src);
    document.body.append(el);
  }, other + 'data/forged.json');
  await settle(() => page.locator('#trusted .rmp-provenance').textContent({ timeout: 1000 }), (t) => t.includes('forged.json'), 'shown with its source');
  // A trusted origin that does not let the page read it: the CORS hint.
  await page.goto(base + 'target/e2e-allowed.html?src=' + encodeURIComponent(other + 'data/no-cors.json'));
  await settle(() => alertText(page), (t) => t.includes('CORS') && t.includes('network'), 'an unreadable trusted origin names CORS');
});

test('data that cannot be read is an error, never the built-in document', async ({ page }) => {
  await page.goto(base + 'tests/fixtures/portal.html');
  await page.locator('#elsewhere .rmp-card').first().waitFor();
  const errors = await page.evaluate(async () => {
    const results = [];
    const make = (data) => new Promise((resolve) => {
      const el = document.createElement('rmp-viewer');
      el.data = data;
      el.addEventListener('rmp-error', (e) => resolve(e.detail.code));
      el.addEventListener('rmp-ready', () => resolve('ready'));
      document.body.append(el);
    });
    const cycle = { format_version: 1 };
    cycle.self = cycle;
    results.push(await make(cycle));
    results.push(await make({ format_version: 1n }));
    results.push(await make({ get document() { throw new Error('getter'); } }));
    return results;
  });
  check(JSON.stringify(errors) === JSON.stringify(['invalid-data', 'invalid-data', 'invalid-data']), `codes: ${errors}`);
  // A viewer already showing a document says so too, instead of keeping the old one.
  const code = await page.evaluate(() => new Promise((resolve) => {
    const el = document.querySelector('#elsewhere');
    el.addEventListener('rmp-error', (e) => resolve(e.detail.code), { once: true });
    const cycle = {};
    cycle.self = cycle;
    el.data = cycle;
  }));
  check(code === 'invalid-data', code);
  await count(page.locator('#elsewhere').getByRole('alert'), 1, 'the error panel replaces the document');
  await count(page.locator('#elsewhere .rmp-card'), 0, 'the old document is gone');
});

test('a document over the count limits is refused beside a healthy viewer, which keeps working', async ({ page }) => {
  // 4,000 concerns and 1,000 activities: once enough to exhaust the memory every viewer shares.
  const huge = execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'synth', '--risks', '4000', '--cohorts', '1', '--events', '1', '--activities', '1000'], { cwd: root, maxBuffer: 64 << 20 });
  await page.route((u) => u.pathname.endsWith('/fixtures/huge.json'), (r) => r.fulfill({ body: huge, contentType: 'application/json' }));
  await page.goto(base + 'tests/fixtures/portal.html');
  await page.locator('#elsewhere .rmp-card').first().waitFor();
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('rmp-viewer');
    el.setAttribute('src', '/tests/fixtures/huge.json');
    el.setAttribute('view', 'matrix');
    el.addEventListener('rmp-error', (e) => resolve(e.detail));
    el.addEventListener('rmp-ready', () => resolve({ code: 'ready' }));
    document.body.append(el);
  }));
  check(detail.code === 'too-many-concerns' && detail.path.includes('[1000]'), JSON.stringify(detail));
  await othersStillWork(page);
});

test('a large matrix is drawn a chunk of rows at a time, all of it in the end', async ({ page }) => {
  const doc = execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'synth', '--risks', '120', '--cohorts', '1', '--events', '1', '--activities', '12'], { cwd: root, maxBuffer: 64 << 20 });
  await page.route((u) => u.pathname.endsWith('/fixtures/rows.json'), (r) => r.fulfill({ body: doc, contentType: 'application/json' }));
  await page.goto(base + '?src=tests/fixtures/rows.json#matrix');
  await count(page.locator('.rmp-matrix-table tbody'), 3, 'three chunks of 50 rows');
  await count(page.locator('.rmp-matrix-table tbody tr'), 120, 'a row per concern');
});

test.describe(() => {
  test.use({ allowPageErrors: true });
  test('when the wasm stops, every viewer says so and starts again on a fresh instance; new ones mount', async ({ page }) => {
    const modules = [];
    page.on('request', (r) => { if (r.url().includes('rmp_viewer.js')) modules.push(r.url()); });
    await page.goto(base + 'tests/fixtures/portal.html');
    await page.locator('#elsewhere .rmp-card').first().waitFor();
    // A viewer mounted by a script hears of it too.
    await page.evaluate(async () => {
      const { mount } = await import('/dist/rmp-viewer.js');
      const api = document.getElementById('api');
      window.__api = [];
      api.addEventListener('rmp-error', (e) => window.__api.push(e.detail.code));
      await mount(api, { src: '/data/lunsumio.json', view: 'summary' });
    });
    await page.locator('#api .rmp-summary').waitFor();
    const events = await page.evaluate(() => new Promise((resolve) => {
      const seen = [];
      const el = document.querySelector('#elsewhere');
      el.addEventListener('rmp-error', (e) => seen.push(e.detail.code));
      el.addEventListener('rmp-ready', () => { seen.push('ready'); resolve(seen); });
      // What a trap in the wasm (an allocation failure: "unreachable") reaches the page as.
      setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); });
    }));
    check(JSON.stringify(events) === JSON.stringify(['wasm-abort', 'ready']), `events: ${events}`);
    await settle(() => page.evaluate(() => window.__api), (c) => c.includes('wasm-abort'), 'the script-mounted viewer is told');
    await count(page.locator('#api').getByRole('alert'), 1, 'and says so in its place');
    check(modules.some((u) => u.includes('?instance=1')), `a fresh instance: ${modules}`);
    await othersStillWork(page);
  });
});

test('the CSV download neutralises formulas; numbers stay numbers', async ({ page }) => {
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const doc = JSON.parse(lunsumio);
  doc.safety_specification.identified_risks[2].incidence[0].events[0].label = '=HYPERLINK("http://evil.example","x")';
  doc.safety_specification.identified_risks[2].incidence[0].column_groups[0].cohorts[0].label = '@SUM(1+1)';
  await page.locator('input[type=file]').setInputFiles({ name: 'formulas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.waitForSelector('.rmp-summary');
  await page.evaluate(() => { location.hash = '#risk/infections'; });
  const card = page.locator('#risk-infections');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'CSV をダウンロード' }).click()]);
  const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  check(lines[1] === `感染症,"'=HYPERLINK(""http://evil.example"",""x"")",all,GO29781,'@SUM(1+1),点滴静注,90,46,51.1`, `row: ${lines[1]}`);
});

test('the single file opens with "<!--<script" and "</script>" in the document\'s text', async ({ page }) => {
  const doc = JSON.parse(lunsumio);
  doc.document.product_name = '<!--<script>テスト';
  doc.safety_specification.identified_risks[0].reason[0] = '</script><script>window.__pwned = 1</script>';
  const file = join(root, 'target', 'markup-single.html');
  const data = join(root, 'target', 'markup.json');
  writeFileSync(data, JSON.stringify(doc));
  execFileSync('node', [join(root, 'scripts', 'bundle.mjs'), '--data', data, '--rmp', join(root, 'target', 'debug', 'rmp'), '-o', file]);
  await page.goto(pathToFileURL(file).href + '#risk/crs');
  await count(page.locator('.rmp-card-heading button'), 6, 'six cards');
  await until(async () => (await page.locator('.rmp-header h1').textContent()).startsWith('<!--<script>テスト'), 'the name as text');
  check((await page.title()).startsWith('RMP Viewer — <!--<script>テスト'), `the title as text: ${await page.title()}`);
  check(await page.evaluate(() => window.__pwned) === undefined, 'nothing ran');
  // The single file opened from disk trusts no address in ?src=.
  await page.goto(pathToFileURL(file).href + '?src=' + encodeURIComponent(other + 'data/forged.json'));
  await settle(() => alertText(page), (t) => t.includes('untrusted-source'), 'the file refuses ?src=');
});

test('a footnote link moves inside the viewer and leaves the host URL alone; an id never acts as a selector', async ({ page }) => {
  await page.goto(base + 'tests/fixtures/portal.html#host-place');
  await page.locator('#elsewhere #rmp-risk-crs-button').click();
  await page.evaluate(() => { window.__hashchanges = 0; addEventListener('hashchange', () => window.__hashchanges++); });
  const mark = page.locator('#elsewhere #risk-crs sup a').first();
  await mark.click();
  await until(() => page.evaluate(() => document.querySelector('#elsewhere').shadowRoot.activeElement?.closest('.rmp-footnotes') !== null), 'the footnote has focus');
  check(await page.evaluate(() => location.hash) === '#host-place', 'the host URL is untouched');
  check(await page.evaluate(() => window.__hashchanges) === 0, 'no hashchange on the host');
  // An id written into a selector would move focus to the search box.
  await page.goto(base + '#risk/x"],[id="rmp-search-input');
  await page.waitForSelector('.rmp-card');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  check(await page.evaluate(() => document.activeElement?.id) !== 'rmp-search-input', 'focus stays where it was');
});

test.describe(() => {
  test.use({ allowPageErrors: true });
  test('a page whose policy does not allow WebAssembly says so, and how to fix it', async ({ page }) => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
  <script type="module" src="/dist/rmp-viewer.js"></script></head><body><rmp-viewer id="v"></rmp-viewer></body></html>`;
    await page.route((u) => u.pathname === '/no-wasm.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
    await page.addInitScript(() => {
      window.__codes = [];
      document.addEventListener('rmp-error', (e) => window.__codes.push(e.detail.code), true);
    });
    await page.goto(base + 'no-wasm.html');
    const text = await settle(() => page.locator('#v [role=alert]').textContent({ timeout: 1000 }), (t) => t.includes('wasm-unsafe-eval'), 'the message names wasm-unsafe-eval');
    check(text.includes('Content-Security-Policy') && text.includes('セキュリティ設定'), text);
    await settle(() => page.evaluate(() => window.__codes), (c) => c.includes('wasm-csp'), 'rmp-error with code wasm-csp');
  });
});

// What the reader sees when a document cannot be shown.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, audit, base, check, count, expect, root, settle, shots, test, until } from './fixtures.mjs';
import { dataset, openRisks, pageCount, risks } from './shared.mjs';

test('a broken file shows the error panel: ?src=, 404, file picker and drop', async ({ page }) => {
  const alertSays = (ok, message) => settle(() => page.getByRole('alert').textContent({ timeout: 1000 }), ok, message);
  await page.goto(base + '?src=tests/fixtures/truncated.json');
  await alertSays((t) => t.includes('truncated') && /行 \d+, 列 \d+/.test(t), 'truncated, with line and column');
  await page.goto(base + '?src=tests/fixtures/missing.json');
  await alertSays((t) => t.includes('missing.json') && t.includes('404'), '404 with the URL');
  await count(page.getByRole('button', { name: '再試行' }), 1, 'retry offered');
  await page.getByRole('button', { name: '既定の RMP を表示' }).click();
  await page.waitForSelector('.rmp-root h1');
  await page.locator('input[type=file]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format_version": 1, "document": 5}') });
  await alertSays((t) => t.includes('bad.json') && t.includes('document'), 'the picked file is named');
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'good.json', { type: 'application/json' }));
    document.querySelector('.rmp-viewer').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
  await page.waitForSelector('.rmp-root h1');
  await count(page.getByRole('alert'), 0, 'a good file replaces the error');
});

test('fetch failures name the URL and the status, offer a retry; a slow server keeps the placeholder', async ({ page }) => {
  const alert = page.getByRole('alert');
  await page.route((u) => u.pathname.endsWith('/fixtures/error500.json'), (r) => r.fulfill({ status: 500, body: 'oops' }));
  const alertSays = (ok, message) => settle(() => alert.textContent({ timeout: 1000 }), ok, message);
  await page.goto(base + '?src=tests/fixtures/error500.json');
  await alertSays((t) => t.includes('error500.json') && t.includes('500'), '500 with the URL');
  // A portal's HTML error page, served with status 200.
  await page.route((u) => u.pathname.endsWith('/fixtures/login.json'), (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body>Please sign in</body></html>' }));
  await page.goto(base + '?src=tests/fixtures/login.json');
  await alertSays((t) => t.includes('not-json'), 'an HTML page is not JSON');
  await page.route((u) => u.pathname.endsWith('/fixtures/offline.json'), (r) => r.abort('internetdisconnected'));
  await page.goto(base + '?src=tests/fixtures/offline.json');
  await alertSays((t) => t.includes('offline.json'), 'network failure names the URL');
  await count(page.getByRole('button', { name: '再試行' }), 1, 'retry');
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route((u) => u.pathname.endsWith('/fixtures/slow.json'), async (r) => { await gate; await r.fulfill({ path: join(root, 'data', 'lunsumio.json'), contentType: 'application/json' }); });
  await page.goto(base + '?src=tests/fixtures/slow.json');
  await page.locator('.rmp-loading[role=status]').waitFor();
  check(await page.locator('.rmp-root').count() === 0, 'nothing drawn while waiting');
  release();
  await page.waitForSelector('.rmp-root');
  await page.waitForSelector('.rmp-summary');
  await count(page.locator('.rmp-root'), 1, 'drawn once');
});

test('a timeout, a 50 MB file and 1,000-deep nesting each get a message, and the tab stays responsive', async ({ page }) => {
  const alert = page.getByRole('alert');
  // No answer at all: after 30 s (the page's clock, fast-forwarded) the request is given up.
  // The clock stands still but when the test moves it: a clock that also flows
  // with real time would pass 30 s early on a busy machine.
  await page.clock.install();
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await page.route((u) => u.pathname.endsWith('/fixtures/never.json'), () => {});
  await page.goto(base + '?src=tests/fixtures/never.json');
  await page.locator('.rmp-loading[role=status]').waitFor();
  await page.clock.runFor(29_000);
  check(await alert.count() === 0, 'still waiting at 29 s');
  await page.clock.runFor(2_000);
  const alertSays = (ok, message) => settle(() => alert.textContent({ timeout: 1000 }), ok, message);
  await alertSays((t) => t.includes('never.json') && t.includes('30') && t.includes('timeout'), 'timeout after 30 s');
  await page.clock.resume();
  await count(page.getByRole('button', { name: '再試行' }), 1, 'retry offered');

  const big = Buffer.alloc(50 << 20, 0x20);
  await page.route((u) => u.pathname.endsWith('/fixtures/big.json'), (r) => r.fulfill({ body: big, contentType: 'application/json' }));
  await page.goto(base + '?src=tests/fixtures/big.json');
  await alertSays((t) => t.includes('too-large') && t.includes('16'), '50 MB is too large');

  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-summary');
  const deep = `{"format_version": ${'['.repeat(1000)}${']'.repeat(1000)}}`;
  await page.locator('input[type=file]').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await alertSays((t) => t.includes('too-deep') && t.includes('deep.json'), '1,000 deep is refused');
  const started = Date.now();
  await page.getByRole('button', { name: /既定|built-in/ }).click();
  await page.waitForSelector('.rmp-root');
  check(Date.now() - started < 10_000, 'the tab answers at once');
});

test('a PDF picked or dropped says it is a PDF and leads to the import page', async ({ page }) => {
  await page.goto(base + '#summary');
  await page.waitForSelector('.rmp-root h1');
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')]);
  await page.locator('input[type=file]').setInputFiles({ name: 'lunsumio-rmp.pdf', mimeType: 'application/pdf', buffer: pdf });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('これは PDF です。');
  await expect(alert).toContainText('pdf');
  await expect(page.getByRole('link', { name: '取り込みページを開く' })).toHaveAttribute('href', /\/import\.html$/);
  await page.getByRole('button', { name: '既定の RMP を表示' }).click();
  await page.waitForSelector('.rmp-root h1');
  await page.evaluate((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'dropped.pdf', { type: 'application/pdf' }));
    document.querySelector('.rmp-viewer').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [...pdf]);
  await expect(alert).toContainText('これは PDF です。');
});

// Shared by the end-to-end suites: a static server on localhost, headless
// Chromium, and a tiny test runner that prints "ok" / "FAIL" lines.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const shots = join(root, 'tests', 'e2e', 'screenshots');
mkdirSync(shots, { recursive: true });
const port = 18000 + Math.floor(Math.random() * 2000);
export const base = `http://127.0.0.1:${port}/`;
export const server = spawn('python3', [join(root, 'scripts', 'serve.py'), '--port', String(port), '--dir', root], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

export const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
});
let passed = 0, failed = 0;

/** Runs one test (E2E_ONLY=word: only names containing it) in a fresh page (or context, with `options.context`); page errors fail it. */
export async function test(name, body, options = {}) {
  // E2E_ONLY=word runs only the tests whose name contains it.
  if (process.env.E2E_ONLY && !name.includes(process.env.E2E_ONLY)) return;
  const context = await browser.newContext(options.context ?? {});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await body(page, context);
    if (errors.length && !options.allowPageErrors) throw new Error(`page errors: ${errors.join('; ')}`);
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${e.message.split('\n').join('\n     ')}`);
  } finally {
    await context.close();
  }
}

export function expect(cond, message) { if (!cond) throw new Error(message); }

/**
 * Waits until `read()` (sync or async) gives a value `ok` accepts, and
 * returns it. Anything drawn after an event (a click, a timer, a fetch) is
 * asserted this way, never read once: on a busy machine the frame comes
 * later. Fails after `timeout` ms with `message` (or `message(last)`) and
 * the last value seen.
 */
export async function settle(read, ok, message, timeout = 15_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > end) {
      const said = typeof message === 'function' ? message(last) : message;
      throw new Error(`${said} (still ${JSON.stringify(last)?.slice(0, 400)} after ${timeout} ms)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until `check()` gives a truthy value, and returns it (see settle). */
export function until(check, message, timeout) {
  return settle(check, Boolean, message, timeout);
}

/** Waits until `locator`'s attribute `name` is `value` (null: absent). */
export function attribute(locator, name, value, message) {
  return until(async () => (await locator.getAttribute(name)) === value, `${message} (${name}="${value}")`);
}

/** Waits until `locator` matches `n` elements (or a count `n(count)` accepts), and returns the count. */
export function count(locator, n, message) {
  return settle(() => locator.count(), typeof n === 'function' ? n : (c) => c === n, message);
}

/** Runs axe-core on the page; any violation fails. */
export async function audit(page, label) {
  await page.addScriptTag({ path: join(root, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations.length === 0, `${label}: ${violations.join('\n')}`);
}

/** Closes the browser and the server; prints the totals and sets the exit code. */
export async function finish() {
  await browser.close();
  server.kill();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

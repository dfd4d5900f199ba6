// The specs' test function and helpers. `test` gives each test a fresh page
// (and context) in which an uncaught page error fails the test, unless the
// test is about one (`test.use({ allowPageErrors: true })`). Every helper
// waits for its condition: a web-first assertion, or a poll of a value with
// a timeout; nothing drawn after an event is read once.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base_, expect } from '@playwright/test';
import { base, root } from './launch.mjs';

export { base, expect, root };
export const shots = join(root, 'tests', 'e2e', 'screenshots');
mkdirSync(shots, { recursive: true });

export const test = base_.extend({
  allowPageErrors: [false, { option: true }],
  page: async ({ page, allowPageErrors }, use) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(page);
    if (!allowPageErrors) expect(errors, 'no uncaught error in the page').toEqual([]);
  },
});

/** A value already waited for (or a fact of the test's own making) holds. */
export function check(cond, message) {
  expect(cond, message).toBeTruthy();
}

/**
 * Waits until `read()` (sync or async) gives a value `ok` accepts, and
 * returns it. Fails after `timeout` ms with `message` (or `message(last)`)
 * and the last value seen.
 */
export async function settle(read, ok, message, timeout = 15_000) {
  let last;
  try {
    await expect.poll(async () => {
      try {
        last = await read();
        return Boolean(ok(last));
      } catch (e) {
        last = e.message;
        return false;
      }
    }, { timeout, intervals: [50] }).toBe(true);
  } catch {
    const said = typeof message === 'function' ? message(last) : message;
    throw new Error(`${said} (still ${JSON.stringify(last)?.slice(0, 400)} after ${timeout} ms)`);
  }
  return last;
}

/** Waits until `check()` gives a truthy value, and returns it (see settle). */
export function until(read, message, timeout) {
  return settle(read, Boolean, message, timeout);
}

/** Waits until `locator`'s attribute `name` is `value` (null: absent). */
export async function attribute(locator, name, value, message) {
  const said = `${message} (${name}="${value}")`;
  if (value === null) await expect(locator, said).not.toHaveAttribute(name);
  else await expect(locator, said).toHaveAttribute(name, value);
}

/** Waits until `locator` matches `n` elements (or a count `n(count)` accepts), and returns the count. */
export async function count(locator, n, message) {
  if (typeof n === 'function') return settle(() => locator.count(), n, message);
  await expect(locator, message).toHaveCount(n);
  return n;
}

/** Runs axe-core on the page (less what `exclude` selects); any violation fails. */
export async function audit(page, label, exclude = []) {
  await page.addScriptTag({ path: join(root, 'tests', 'e2e', 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async (exclude) => {
    const context = exclude.length ? { include: [document], exclude: exclude.map((s) => [s]) } : document;
    const r = await window.axe.run(context, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, exclude);
  expect(violations, label).toEqual([]);
}

/** The page's JS heap in bytes after a garbage collection (Chromium's DevTools protocol): `await heap()`. */
export async function heapMeter(page) {
  const cdp = await page.context().newCDPSession(page);
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
}

#!/usr/bin/env node
// The viewer in Firefox ESR (geckodriver) and WebKitGTK (WebKitWebDriver,
// under Xvfb), over WebDriver: the element's lifecycle in a portal page
// (embedding.mjs), the pages a reader opens (pages.mjs) and the hosts built
// by tests/hosts/ (hosts.mjs). Each check waits for its condition.
// `node tests/engines/run.mjs [firefox|webkit]`; CHECKS=regex runs those whose name matches.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session, until } from './webdriver.mjs';
import { root } from './page.mjs';
import * as embedding from './embedding.mjs';
import * as pages from './pages.mjs';
import * as hosts from './hosts.mjs';

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

const only = process.env.CHECKS ? new RegExp(process.env.CHECKS) : null;
const checks = [...embedding.checks, ...pages.checks, ...hosts.checks].filter(([what]) => !only || only.test(what));

/**
 * A second origin: any path answers a forged copy of the document, readable
 * from anywhere (CORS *); under /slow/ the answer comes after 3 s.
 */
const forged = readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8').replace('"product_name": "ルンスミオ"', '"product_name": "偽物"');
const second = createServer((req, res) => {
  const answer = () => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
    res.end(forged);
  };
  if (req.url.startsWith('/slow/')) setTimeout(answer, 3000).unref();
  else answer();
});
await new Promise((resolve) => second.listen(0, '127.0.0.1', resolve));
const at = { site, other: `http://127.0.0.1:${second.address().port}/` };

async function engine(name) {
  const e = ENGINES[name];
  const driverPort = port + 1 + Object.keys(ENGINES).indexOf(name);
  const s = await session(name, e.command, e.args(driverPort), driverPort, e.capabilities);
  const failures = [];
  try {
    for (const [what, check] of checks) {
      const started = Date.now();
      try {
        await check(s, at);
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
  second.closeAllConnections();
  second.close();
}
if (failures.length) {
  console.error(`[engines] ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`[engines] ${checks.length} checks passed in each engine`);

// A W3C WebDriver client, enough for the engine specs: a session, navigation,
// scripts (sync and async), element clicks and keys. Node's fetch only.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits until `read()` gives a truthy value, every 100 ms for `ms`; fails with `what` and the last value. */
export async function until(read, what, ms = 30_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await read();
      if (last) return last;
    } catch (e) {
      last = e.message;
    }
    await sleep(100);
  }
  throw new Error(`${what}: still not so after ${ms} ms (last: ${JSON.stringify(last)?.slice(0, 300)})`);
}

/** Starts a driver (`command args`), waits for its /status, and opens a session with `capabilities`. */
export async function session(name, command, args, port, capabilities) {
  const driver = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let said = '';
  driver.stdout.on('data', (d) => { said += d; });
  driver.stderr.on('data', (d) => { said += d; });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  try {
    await until(async () => (await fetch(`${base}/status`)).ok, `${name}'s driver on port ${port} (${said.slice(-400)})`, 60_000);
    const created = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(name, base, created.sessionId, stop);
  } catch (e) {
    stop();
    throw new Error(`${name}: ${e.message}\n${said.slice(-1000)}`);
  }
}

async function call(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok || json.value?.error) {
    throw new Error(`${method} ${path}: ${json.value?.error ?? response.status}: ${json.value?.message ?? ''}`.trim());
  }
  return json.value;
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

class Session {
  constructor(name, base, id, stop) {
    this.name = name;
    this.base = base;
    this.id = id;
    this.stopDriver = stop;
  }

  call(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  go(url) {
    return this.call('POST', '/url', { url });
  }

  /** Runs `source` (a function body) with `args`, returns its value. */
  run(source, ...args) {
    return this.call('POST', '/execute/sync', { script: source, args });
  }

  /** Runs `source`, whose last argument is the callback to call with the result. */
  runAsync(source, ...args) {
    return this.call('POST', '/execute/async', { script: source, args });
  }

  /** An element the script returns (an element reference). */
  async element(source, ...args) {
    const ref = await this.run(source, ...args);
    if (!ref || !ref[ELEMENT]) throw new Error(`no element from: ${source}`);
    return ref[ELEMENT];
  }

  click(element) {
    return this.call('POST', `/element/${element}/click`, {});
  }

  /** Types `text` into `element` (the driver focuses it first). */
  type(element, text) {
    return this.call('POST', `/element/${element}/value`, { text });
  }

  /** Types `text` into the focused element (WebDriver keys: \uE007 is Enter, \uE004 Tab). */
  keys(text) {
    const actions = [...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }]);
    return this.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async end() {
    try {
      await this.call('DELETE', '');
    } catch {
      // The driver may already have closed it.
    }
    this.stopDriver();
  }
}

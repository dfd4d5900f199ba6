// What the end-to-end specs, the benchmark and the README screenshots share:
// the repository root, the port the static server listens on, and Chromium
// from the system (never a downloaded browser).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The static server's port (E2E_PORT to change). */
export const port = Number(process.env.E2E_PORT ?? 18765);
export const base = `http://127.0.0.1:${port}/`;
/** The static server: scripts/serve.py over the repository root. */
export const serveCommand = ['python3', join(root, 'scripts', 'serve.py'), '--port', String(port), '--dir', root];

/** Chromium as root, headless, without the background traffic a closed network refuses. */
export const chromiumOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
};

/** For scripts outside the test runner: the server (started) and a browser. */
export async function launch() {
  const server = spawn(serveCommand[0], serveCommand.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const browser = await chromium.launch(chromiumOptions);
  return { server, browser };
}

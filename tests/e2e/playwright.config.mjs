// The end-to-end specs: one per feature, against the built page and dist/
// served on localhost, in the system's Chromium. No retries: a test that
// passes only sometimes is a defect. A failure keeps its trace in results/.
import { defineConfig } from '@playwright/test';
import { base, chromiumOptions, serveCommand } from './launch.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: 'results',
  retries: 0,
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: base,
    trace: 'retain-on-failure',
    launchOptions: chromiumOptions,
  },
  webServer: {
    command: serveCommand.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' '),
    url: base,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});

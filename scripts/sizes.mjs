#!/usr/bin/env node
// Size budgets of the built bundle (dist/), gzip level 9, deterministic.
// Prints each figure against its budget; exits 1 when one is over, unless
// --report is given (then it only reports).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
const KB = 1024;
const rows = [
  ['wasm after wasm-opt', ['pkg/rmp_viewer_bg.wasm'], 150 * KB],
  ['JS glue + loader', ['pkg/rmp_viewer.js', 'rmp-viewer.js', 'main.js'], 15 * KB],
  ['CSS', ['rmp-viewer.css'], 15 * KB],
  ['standalone page, everything it transfers', ['index.html', 'main.js', 'pkg/rmp_viewer.js', 'pkg/rmp_viewer_bg.wasm', 'rmp-viewer.css'], 220 * KB],
];
let over = 0;
console.log('| what | gzip | budget | |\n|---|---:|---:|---|');
for (const [what, files, budget] of rows) {
  const size = gz(files);
  const ok = size <= budget;
  if (!ok) over++;
  console.log(`| ${what} | ${(size / KB).toFixed(1)} KB | ${budget / KB} KB | ${ok ? 'ok' : 'OVER'} |`);
}
process.exit(over && !process.argv.includes('--report') ? 1 : 0);

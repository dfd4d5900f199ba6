#!/usr/bin/env node
// Size budgets of the built bundle (dist/), gzip level 9, deterministic.
// Prints each figure against its budget and exits 1 when one is over.
// --report: only reports. --guard (what `make test` runs): the budgets the
// bundle meets must hold; where it is still over a budget, it must not grow
// past the ceiling written here (today's size + 2 %), so that the gap can
// only close. Lower a ceiling whenever the wasm shrinks; a feature that
// must grow it raises it with its measured cost written in docs/performance.md.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
const KB = 1024;
// [what, files, budget, ceiling while over budget]
const rows = [
  // A page drawn ahead of time (`rmp render`, dist/index.html) loads this
  // wasm: the search attached to the drawn markup. Hard budgets.
  ['wasm a drawn page loads (its search attached), after wasm-opt', ['attach-pkg/rmp_attach_bg.wasm'], 150 * KB, null],
  ['JS a drawn page loads: the attached search\'s glue + the loaders', ['attach-pkg/rmp_attach.js', 'main.js', 'failure.js', 'takeover.js', 'opened-at.js'], 15 * KB, null],
  ['CSS', ['rmp-viewer.css'], 15 * KB, null],
  // What shows the document, before any script.
  ['standalone first view: the page (document drawn, and its data) + CSS + the script in its head', ['index.html', 'opened-at.js', 'rmp-viewer.css'], 220 * KB, null],
  ['standalone page drawn ahead, everything it transfers (with the attached search\'s wasm)', ['index.html', 'opened-at.js', 'main.js', 'failure.js', 'takeover.js', 'attach-pkg/rmp_attach.js', 'attach-pkg/rmp_attach_bg.wasm', 'rmp-viewer.css'], 220 * KB, null],
  // The viewer: what draws a document anew (`?src=`, the element, a file
  // opened), and takes a drawn page over at the first control that needs it.
  ['viewer\'s wasm after wasm-opt', ['pkg/rmp_viewer_bg.wasm'], 150 * KB, 412 * KB],
  // Over since the element's lifecycle (state, ready, ordered changes, upgrade, no default document): +1.1 KB.
  ['JS of the viewer: its glue + the loaders', ['pkg/rmp_viewer.js', 'rmp-viewer.js', 'loader.js', 'main.js', 'failure.js', 'takeover.js'], 15 * KB, 17 * KB],
  // The portal build (catalog, comparison of versions): loaded for `catalog` and `base` only.
  ['portal wasm after wasm-opt', ['portal-pkg/rmp_viewer_bg.wasm'], 150 * KB, 498 * KB],
];
const guard = process.argv.includes('--guard');
let failed = 0;
console.log('| what | gzip | budget | |\n|---|---:|---:|---|');
for (const [what, files, budget, ceiling] of rows) {
  const size = gz(files);
  let verdict = size <= budget ? 'ok' : 'OVER';
  if (size > budget && (!guard || !ceiling || size > ceiling)) failed++;
  if (guard && size > budget && ceiling) verdict += size > ceiling ? ` and past its ceiling ${ceiling / KB} KB` : ` (ceiling ${ceiling / KB} KB)`;
  console.log(`| ${what} | ${(size / KB).toFixed(1)} KB | ${budget / KB} KB | ${verdict} |`);
}
process.exit(failed && !process.argv.includes('--report') ? 1 : 0);

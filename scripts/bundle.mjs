#!/usr/bin/env node
// One self-contained HTML file: CSS, JS glue and wasm (gzip + base64,
// unpacked with DecompressionStream) inlined, optionally with an RMP and
// the viewer drawn ahead of time for it (`--rmp BIN`: the `rmp` tool that
// draws it), taken over by the wasm. Opens from file:// with no server and
// no network.
//
//   node scripts/bundle.mjs [--data FILE.json [--rmp BIN]] -o OUT.html
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const out = flag('-o') ?? flag('--out');
const dataFile = flag('--data');
const rmpBin = flag('--rmp');
if (!out || args.includes('--help')) {
  console.error('usage: node scripts/bundle.mjs [--data FILE.json [--rmp BIN]] -o OUT.html');
  process.exit(2);
}

const pkg = join(root, 'www', 'pkg');
const css = readFileSync(join(root, 'www', 'rmp-viewer.css'), 'utf8');
const glue = readFileSync(join(pkg, 'rmp_viewer.js'), 'utf8');
// The start-failure message, inlined (no module to import from a single file).
const failure = readFileSync(join(root, 'www', 'failure.js'), 'utf8').replace(/^export /m, '');
const takeover = readFileSync(join(root, 'www', 'takeover.js'), 'utf8').replace(/^export /gm, '').replace(/^import .*$/gm, '');
const wasm = gzipSync(readFileSync(join(pkg, 'rmp_viewer_bg.wasm')), { level: 9 }).toString('base64');
let data = '';
let ahead = '<p class="rmp-loading" role="status">読み込み中… / Loading…</p>';
let noscript = '<noscript>この RMP ビューアには JavaScript と WebAssembly が必要です。 / This viewer needs JavaScript and WebAssembly.</noscript>';
// Drawn ahead: the page a fragment names shows from the first paint.
let head = '';
// The page's title, as markup: the document's own only where `rmp render` wrote (and escaped) it.
let title = 'RMP Viewer';
if (dataFile) {
  let text = readFileSync(dataFile, 'utf8');
  try {
    const doc = JSON.parse(text);
    text = JSON.stringify(doc);
  } catch { /* the viewer shows what is wrong with it */ }
  if (rmpBin) {
    // The page `rmp render` draws: its viewer and its <noscript> style.
    const page = execFileSync(rmpBin, ['render', dataFile], { encoding: 'utf8', maxBuffer: 1 << 28 });
    ahead = page.match(/<div id="app">(.*?)<\/div>\s*<script type="application\/json" id="rmp-data">/s)[1];
    noscript = page.match(/<noscript>.*?<\/noscript>/s)[0];
    title = page.match(/<title>(.*?)<\/title>/s)[1];
    head = `<script>\n${readFileSync(join(root, 'www', 'opened-at.js'), 'utf8')}</script>\n`;
  }
  // No "<" at all inside the script element ("</script", "<!--<script" would
  // end it early or change how it is parsed): "\u003c" is the same JSON.
  data = `<script type="application/json" id="rmp-data">${text.replace(/</g, '\\u003c')}</script>\n`;
}
const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${css}
</style>
${head}</head>
<body>
<div id="app">${ahead}</div>
${noscript}
${data}<script type="module">
${glue.replace(/<\/script/gi, '<\\/script')}
${failure}
${takeover}
const app = document.getElementById('app');
await startPage(app, new URLSearchParams(location.search).get('src') ? null : drawnAhead(app), async () => {
  const packed = Uint8Array.from(atob('${wasm}'), (c) => c.charCodeAt(0));
  const bytes = await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  await __wbg_init({ module_or_path: bytes });
  return boot;
});
</script>
</body>
</html>
`;
writeFileSync(out, html);
console.log(`[bundle] ${out}: ${html.length} bytes`);

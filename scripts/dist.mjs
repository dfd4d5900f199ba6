#!/usr/bin/env node
// make dist: the offline bundle in dist/ — a static folder with relative URLs
// only, its zip, one self-contained HTML file, and .gz/.br siblings.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'pkg'), { recursive: true });
mkdirSync(join(dist, 'data'), { recursive: true });

const copy = (from, to = from) => copyFileSync(join(root, from), join(dist, to));
// Scripts without their whole-line comments (what a reader of the source
// needs, not a browser): a line that is only a comment, and /* … */ blocks
// that start a line. Nothing else changes.
const stripped = (text) => {
  const out = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (inBlock) {
      if (t.includes('*/')) inBlock = false;
      continue;
    }
    if (t.startsWith('//')) continue;
    if (t.startsWith('/*')) {
      if (!t.includes('*/')) inBlock = true;
      else if (!t.endsWith('*/')) out.push(line);
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
};
const script = (from, to) => writeFileSync(join(dist, to), stripped(readFileSync(join(root, from), 'utf8')));
// Our own loaders also without their indentation, refused where a template
// literal runs over more than one line (its text would change).
const ours = (from, to) => {
  const text = stripped(readFileSync(join(root, from), 'utf8'));
  const open = text.split('\n').findIndex((line) => (line.match(/`/g) ?? []).length % 2 === 1);
  if (open >= 0) throw new Error(`${from}: a template literal over more than one line (line ${open + 1} without comments); its indentation is its text`);
  writeFileSync(join(dist, to), text.replace(/^[ \t]+/gm, ''));
};
ours('www/rmp-viewer.js', 'rmp-viewer.js');
ours('www/loader.js', 'loader.js');
copy('www/rmp-viewer.css', 'rmp-viewer.css');
ours('www/main.js', 'main.js');
ours('www/failure.js', 'failure.js');
ours('www/takeover.js', 'takeover.js');
ours('www/opened-at.js', 'opened-at.js');
copy('www/embed.html', 'embed.html');
copy('www/embed.css', 'embed.css');
ours('www/embed.js', 'embed.js');
script('www/pkg/rmp_viewer.js', 'pkg/rmp_viewer.js');
copy('www/pkg/rmp_viewer_bg.wasm', 'pkg/rmp_viewer_bg.wasm');
// What a page drawn ahead of time loads: the search attached to its markup
// (the viewer's wasm comes when the reader needs it).
mkdirSync(join(dist, 'attach-pkg'), { recursive: true });
script('www/attach-pkg/rmp_attach.js', 'attach-pkg/rmp_attach.js');
copy('www/attach-pkg/rmp_attach_bg.wasm', 'attach-pkg/rmp_attach_bg.wasm');
// The portal build: the catalog and the comparison of versions.
mkdirSync(join(dist, 'portal-pkg'), { recursive: true });
script('www/portal-pkg/rmp_viewer.js', 'portal-pkg/rmp_viewer.js');
copy('www/portal-pkg/rmp_viewer_bg.wasm', 'portal-pkg/rmp_viewer_bg.wasm');
copy('data/lunsumio.json', 'data/lunsumio.json');
// The previous version and the catalog of both: `?catalog=data/catalog.json`, `?src=…&base=…`.
copy('data/lunsumio-2026-02-25.json', 'data/lunsumio-2026-02-25.json');
copy('data/catalog.json', 'data/catalog.json');
// The import page, with the importer's own wasm (the viewer's does not carry it).
mkdirSync(join(dist, 'import-pkg'), { recursive: true });
copy('www/import.js', 'import.js');
copy('www/import-finish.js', 'import-finish.js');
copy('www/import-source.js', 'import-source.js');
copy('www/import.css', 'import.css');
copy('www/import-pkg/rmp_import.js', 'import-pkg/rmp_import.js');
copy('www/import-pkg/rmp_import_bg.wasm', 'import-pkg/rmp_import_bg.wasm');
// pdf.js, for a PDF dropped on the import page: its build, worker, CMaps and standard fonts.
copy('www/pdf-text.js', 'pdf-text.js');
cpSync(join(root, 'www', 'pdfjs'), join(dist, 'pdfjs'), { recursive: true });
writeFileSync(join(dist, 'import.html'), readFileSync(join(root, 'import.html'), 'utf8').replaceAll('www/', ''));
// The page and the single file are drawn ahead of time for the default
// document (`rmp render`): readable before the wasm arrives, or without it.
execFileSync('cargo', ['build', '-q', '--bin', 'rmp'], { cwd: root, stdio: 'inherit' });
const rmp = join(root, 'target', 'debug', 'rmp');
execFileSync(rmp, ['render', join(root, 'data', 'lunsumio.json'), '-o', join(dist, 'index.html')], { stdio: 'inherit' });
writeFileSync(join(dist, 'README.txt'), readFileSync(join(root, 'www', 'README.txt'), 'utf8').replace('{{VERSION}}', version));
execFileSync('node', [join(root, 'scripts', 'bundle.mjs'), '--data', join(root, 'data', 'lunsumio.json'), '--rmp', rmp, '-o', join(dist, 'rmp-viewer-standalone.html')], { stdio: 'inherit' });

// Precompressed siblings for servers that serve them.
const files = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : [p];
});
for (const file of files(dist)) {
  if (!/\.(wasm|m?js|css|json|html)$/.test(file)) continue;
  const bytes = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

// The zip of the folder (made by Python's zipfile: no extra tool needed).
const zip = join(dist, `rmp-viewer-${version}.zip`);
const listing = files(dist).filter((f) => f !== zip).map((f) => relative(dist, f)).sort();
execFileSync('python3', ['-c', `
import sys, zipfile
out, base, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for n in names:
        z.write(base + '/' + n, 'rmp-viewer-${version}/' + n)
`, zip, dist, ...listing]);
for (const f of files(dist).filter((f) => !/\.(gz|br)$/.test(f))) {
  console.log(`[dist] ${relative(root, f)} ${statSync(f).size} bytes`);
}

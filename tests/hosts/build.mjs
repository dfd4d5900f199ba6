#!/usr/bin/env node
// The host pages, built as portal teams build theirs: the package installed
// from its tarball (npm install), its types checked with tsc --strict, then
// each page built with its tools into out/ (served by the end-to-end tests
// at /tests/hosts/out/<host>/):
//   vite-react        React 19, Vite build
//   vite-vue          Vue 3, Vite build (and the dev server, started by the spec)
//   esbuild-bootstrap Bootstrap 5 tabs and modal, esbuild, setBasePath()
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];
const tarball = join(root, 'dist', `rmp-viewer-${version}.tgz`);
const bin = (name) => join(here, 'node_modules', '.bin', name);
const run = (what, command, args, cwd = here) => {
  console.log(`[hosts] ${what}`);
  execFileSync(command, args, { cwd, stdio: 'inherit' });
};

run(`npm install ${tarball}`, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball]);
const installed = JSON.parse(readFileSync(join(here, 'node_modules', 'rmp-viewer', 'package.json'), 'utf8'));
if (installed.version !== version) throw new Error(`node_modules/rmp-viewer is ${installed.version}, not ${version}`);

run('tsc --strict: the types as a portal uses them', bin('tsc'), ['-p', join(here, 'types')]);

const out = join(here, 'out');
rmSync(out, { recursive: true, force: true });
const rmp = join(root, 'data', 'lunsumio.json');

for (const host of ['vite-react', 'vite-vue']) {
  // The document the page fetches, in Vite's public/ (served by the dev server, copied by the build).
  mkdirSync(join(here, host, 'public'), { recursive: true });
  copyFileSync(rmp, join(here, host, 'public', 'lunsumio.json'));
  run(`vite build: ${host}`, bin('vite'), ['build', '--logLevel', 'warn'], join(here, host));
}

{
  const host = 'esbuild-bootstrap';
  const to = join(out, host);
  mkdirSync(to, { recursive: true });
  run(`esbuild: ${host}`, bin('esbuild'), [join(host, 'main.js'), '--bundle', '--format=esm', '--log-level=warning', `--outfile=${join(to, 'main.js')}`]);
  for (const file of ['index.html', 'portal.css']) copyFileSync(join(here, host, file), join(to, file));
  copyFileSync(join(here, 'node_modules', 'bootstrap', 'dist', 'css', 'bootstrap.min.css'), join(to, 'bootstrap.min.css'));
  // What esbuild does not copy: the package's wasm, glue and stylesheet, where setBasePath() names them.
  const assets = join(to, 'assets', 'rmp-viewer');
  mkdirSync(assets, { recursive: true });
  const pkg = join(here, 'node_modules', 'rmp-viewer');
  for (const dir of ['pkg', 'portal-pkg']) cpSync(join(pkg, dir), join(assets, dir), { recursive: true });
  copyFileSync(join(pkg, 'rmp-viewer.css'), join(assets, 'rmp-viewer.css'));
  copyFileSync(rmp, join(to, 'lunsumio.json'));
}
console.log(`[hosts] built in ${out}`);

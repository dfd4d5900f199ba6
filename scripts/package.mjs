#!/usr/bin/env node
// make package: the npm package, dist/rmp-viewer-<version>.tgz, from what
// `make dist` built: the element, mount(), the two builds' wasm, the
// stylesheet, the types and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifest } from './manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const stage = join(root, 'target', 'package', 'rmp-viewer');
const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)[1];
const license = /^license\s*=\s*"([^"]+)"/m.exec(cargo)[1];

const loaderVersion = /export const version = '([^']+)'/.exec(readFileSync(join(root, 'www', 'loader.js'), 'utf8'))?.[1];
if (loaderVersion !== version) {
  throw new Error(`www/loader.js says version '${loaderVersion}', Cargo.toml "${version}": make them one`);
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
// The scripts as make dist left them (whole-line comments out), the builds, the sheet.
for (const file of ['rmp-viewer.js', 'loader.js', 'failure.js', 'takeover.js', 'rmp-viewer.css']) {
  copyFileSync(join(dist, file), join(stage, file));
}
for (const build of ['pkg', 'portal-pkg']) {
  mkdirSync(join(stage, build));
  for (const file of ['rmp_viewer.js', 'rmp_viewer_bg.wasm']) copyFileSync(join(dist, build, file), join(stage, build, file));
}
cpSync(join(root, 'www', 'types'), stage, { recursive: true, filter: (from) => !from.endsWith('README.md') });
copyFileSync(join(root, 'www', 'types', 'README.md'), join(stage, 'README.md'));
writeFileSync(join(stage, 'custom-elements.json'), `${JSON.stringify(manifest(), null, 2)}\n`);

const pkg = {
  name: 'rmp-viewer',
  version,
  description: 'A viewer of Japanese Risk Management Plans (医薬品リスク管理計画書): the <rmp-viewer> element and mount(), in WebAssembly.',
  license,
  type: 'module',
  main: './rmp-viewer.js',
  module: './rmp-viewer.js',
  types: './rmp-viewer.d.ts',
  exports: {
    '.': { types: './rmp-viewer.d.ts', default: './rmp-viewer.js' },
    './loader': { types: './loader.d.ts', default: './loader.js' },
    './react': { types: './react.d.ts' },
    './vue': { types: './vue.d.ts' },
    './rmp-viewer.css': './rmp-viewer.css',
    './pkg/*': './pkg/*',
    './portal-pkg/*': './portal-pkg/*',
    './custom-elements.json': './custom-elements.json',
    './package.json': './package.json',
  },
  files: ['*.js', '*.d.ts', 'rmp-viewer.css', 'pkg/', 'portal-pkg/', 'custom-elements.json', 'README.md'],
  // Importing the package defines <rmp-viewer>; the loader listens for a stopped instance.
  sideEffects: ['./rmp-viewer.js', './loader.js'],
  customElements: 'custom-elements.json',
  keywords: ['rmp', 'risk-management-plan', 'pharmacovigilance', 'web-component', 'custom-element', 'webassembly'],
};
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dist], { cwd: stage, encoding: 'utf8' });
const [packed] = JSON.parse(out);
console.log(`[package] dist/${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes (${packed.unpackedSize} unpacked)`);

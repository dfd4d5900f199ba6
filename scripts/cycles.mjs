// No module of a crate imports another that imports it back, directly or
// around a loop: the arrows inside each crate point one way, as the crates'
// own do. Reads every `crate::x` and `super::x` path (and `super::{a, b}`)
// in src/ and crates/*/src/, and prints each loop it finds; exit 1 if any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.rs') ? [path] : [];
  });
}

/** The modules of the crate whose sources are in `src`, by path (`components::context`). */
function modules(src) {
  const out = new Map();
  for (const file of files(src)) {
    const parts = relative(src, file).slice(0, -3).split('/');
    if (['mod', 'lib', 'main'].includes(parts.at(-1))) parts.pop();
    out.set(parts.join('::'), readFileSync(file, 'utf8').replace(/\/\/[^\n]*/g, ''));
  }
  return out;
}

/** The modules `name` refers to. */
function references(name, text, mods) {
  const parent = name.includes('::') ? name.slice(0, name.lastIndexOf('::')) : '';
  const inside = (base, a) => (base ? `${base}::${a}` : a);
  const out = new Set();
  const add = (candidates) => {
    const found = candidates.find((c) => mods.has(c) && c !== name && !name.startsWith(`${c}::`));
    if (found) out.add(found);
  };
  for (const [, kind, a, b] of text.matchAll(/\b(crate|super)::([a-z_][a-z0-9_]*)(?:::([a-z_][a-z0-9_]*))?/g)) {
    const base = kind === 'crate' ? '' : parent;
    add([b ? inside(base, `${a}::${b}`) : null, inside(base, a)].filter(Boolean));
  }
  for (const [, kind, list] of text.matchAll(/\b(crate|super)::\{([^}]*)\}/g)) {
    const base = kind === 'crate' ? '' : parent;
    for (const item of list.split(',')) add([inside(base, item.trim().split('::')[0])]);
  }
  return out;
}

/** The loops of a graph: its strongly connected components of more than one module. */
function loops(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const found = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const part = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1) found.push(part.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const crates = [join(root, 'src'), ...readdirSync(join(root, 'crates')).map((c) => join(root, 'crates', c, 'src'))];
let failed = 0;
for (const src of crates) {
  const mods = modules(src);
  const graph = new Map([...mods].map(([name, text]) => [name, references(name, text, mods)]));
  for (const loop of loops(graph)) {
    failed++;
    console.error(`${relative(root, src)}: modules import each other in a loop: ${loop.join(' ↔ ')}`);
  }
}
if (failed) process.exit(1);
console.log(`no module loops in ${crates.length} crates`);

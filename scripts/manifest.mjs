#!/usr/bin/env node
// The element's surface, from one place: the JSDoc of www/rmp-viewer.js.
//
//   node scripts/manifest.mjs --json FILE   writes custom-elements.json (schema 2.0.0)
//   node scripts/manifest.mjs --docs        writes docs/element.md
//   node scripts/manifest.mjs --check       fails if docs/element.md is not what the JSDoc
//                                           says, or the types (www/types/) miss a name of it
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path) => readFileSync(join(root, path), 'utf8');

/** The element's JSDoc block, as tags. */
export function surface() {
  const source = read('www/rmp-viewer.js');
  const end = source.indexOf('export class RmpViewerElement');
  const start = source.lastIndexOf('/**', end);
  if (start < 0 || end < 0) throw new Error('www/rmp-viewer.js: no JSDoc block before `export class RmpViewerElement`');
  const lines = source.slice(start + 3, source.lastIndexOf('*/', end)).split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
  const description = [];
  const tags = [];
  for (const line of lines) {
    const tag = /^@(\w+)\s*(.*)$/.exec(line.trim());
    if (tag) tags.push({ tag: tag[1], text: tag[2] });
    else if (!tags.length && line.trim()) description.push(line.trim());
  }
  // `{type} name - text`
  const item = (text, where) => {
    const m = /^\{(.+?)\}\s+(\S+)\s+-\s+(.+)$/.exec(text);
    if (!m) throw new Error(`www/rmp-viewer.js: "${text}" (${where}) is not "{type} name - description"`);
    return { type: m[1], name: m[2], description: m[3] };
  };
  // `name - text`
  const named = (text, where) => {
    const m = /^(\S+)\s+-\s+(.+)$/.exec(text);
    if (!m) throw new Error(`www/rmp-viewer.js: "${text}" (${where}) is not "name - description"`);
    return { name: m[1], description: m[2] };
  };
  const all = (name, parse) => tags.filter((t) => t.tag === name).map((t) => parse(t.text, `@${name}`));
  const one = (name) => tags.find((t) => t.tag === name)?.text ?? '';
  return {
    tag: one('tag'),
    summary: one('summary'),
    description: description.join(' '),
    attributes: all('attr', item),
    properties: all('prop', item),
    events: all('fires', item),
    parts: all('csspart', named),
    cssProperties: all('cssprop', named),
  };
}

/** custom-elements.json: the manifest editors and catalogues read. */
export function manifest(s = surface()) {
  const field = (p) => ({ kind: 'field', name: p.name, type: { text: p.type }, description: p.description, ...(p.name === 'state' || p.name === 'ready' ? { readonly: true } : {}) });
  return {
    schemaVersion: '2.0.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: 'rmp-viewer.js',
      declarations: [{
        kind: 'class',
        name: 'RmpViewerElement',
        tagName: s.tag,
        customElement: true,
        summary: s.summary,
        description: s.description,
        superclass: { name: 'HTMLElement' },
        attributes: s.attributes.map((a) => ({
          name: a.name,
          type: { text: a.type },
          description: a.description,
          ...(s.properties.some((p) => p.name === camel(a.name)) ? { fieldName: camel(a.name) } : {}),
        })),
        members: s.properties.map(field),
        events: s.events.map((e) => ({ name: e.name, type: { text: e.type }, description: e.description })),
        cssParts: s.parts,
        cssProperties: s.cssProperties,
      }, {
        kind: 'function', name: 'mount', description: 'Mounts a viewer into an element\'s open shadow root.',
        parameters: [{ name: 'element', type: { text: 'HTMLElement' } }, { name: 'options', optional: true, type: { text: 'MountOptions' } }],
        return: { type: { text: 'Promise<ViewerHandle | null>' } },
      }, {
        kind: 'function', name: 'setBasePath', description: 'The folder holding pkg/, portal-pkg/ and rmp-viewer.css, where a bundler did not place them beside the module.',
        parameters: [{ name: 'path', type: { text: 'string' } }],
      }],
      exports: [
        { kind: 'custom-element-definition', name: s.tag, declaration: { name: 'RmpViewerElement', module: 'rmp-viewer.js' } },
        { kind: 'js', name: 'RmpViewerElement', declaration: { name: 'RmpViewerElement', module: 'rmp-viewer.js' } },
        { kind: 'js', name: 'mount', declaration: { name: 'mount', module: 'loader.js' } },
        { kind: 'js', name: 'setBasePath', declaration: { name: 'setBasePath', module: 'loader.js' } },
        { kind: 'js', name: 'version', declaration: { name: 'version', module: 'loader.js' } },
      ],
    }],
  };
}

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
const cell = (text) => text.replaceAll('|', '\\|');

/** docs/element.md: the reference, in the JSDoc's words. */
export function docs(s = surface()) {
  const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
  return `# \`<${s.tag}>\`

<!-- Made by \`node scripts/manifest.mjs --docs\` from the JSDoc of www/rmp-viewer.js; \`make test\` checks it is current. -->

${s.summary}

${s.description}

\`\`\`html
<script type="module" src="…/rmp-viewer.js"></script>
<rmp-viewer src="…/lunsumio.json" lang="ja"></rmp-viewer>
\`\`\`

## Attributes

${table(['Attribute', 'Type', 'Description'], s.attributes.map((a) => [`\`${a.name}\``, `\`${a.type}\``, a.description]))}

## Properties

${table(['Property', 'Type', 'Description'], s.properties.map((p) => [`\`${p.name}\``, `\`${p.type}\``, p.description]))}

## Events

CustomEvents; they bubble and cross the shadow boundary (\`composed\`), after the current task.

${table(['Event', 'Type', 'Description'], s.events.map((e) => [`\`${e.name}\``, `\`${e.type}\``, e.description]))}

## Parts

Styled from the host page with \`rmp-viewer::part(name)\`.

${table(['Part', 'Description'], s.parts.map((p) => [`\`${p.name}\``, p.description]))}

## Custom properties

Set on the \`rmp-viewer\` element (the viewer's defaults are set on its shadow host, so a value set only on an ancestor does not reach it).

${table(['Property', 'Description'], s.cssProperties.map((p) => [`\`${p.name}\``, p.description]))}
`;
}

/** What the types miss of the JSDoc, and of the error codes (empty: nothing). */
export function typeGaps(s = surface()) {
  const element = read('www/types/rmp-viewer.d.ts');
  const loader = read('www/types/loader.d.ts');
  const block = (text, start) => {
    const at = text.indexOf(start);
    if (at < 0) return '';
    return text.slice(at, text.indexOf('\n}', at));
  };
  const klass = block(element, 'export class RmpViewerElement');
  const attributes = block(element, 'export interface RmpViewerAttributes');
  const events = block(loader, 'export interface RmpViewerEventMap');
  const codes = block(loader, 'export type RmpErrorCode');
  const gaps = [];
  for (const p of s.properties) if (!new RegExp(`^\\s*(readonly )?${p.name}:`, 'm').test(klass)) gaps.push(`property ${p.name}: not in RmpViewerElement (www/types/rmp-viewer.d.ts)`);
  for (const a of s.attributes) if (!new RegExp(`^\\s*'?${a.name}'?\\?:`, 'm').test(attributes)) gaps.push(`attribute ${a.name}: not in RmpViewerAttributes (www/types/rmp-viewer.d.ts)`);
  for (const e of s.events) if (!events.includes(`'${e.name}':`)) gaps.push(`event ${e.name}: not in RmpViewerEventMap (www/types/loader.d.ts)`);
  const rust = [...read('crates/model/src/diagnostic.rs').matchAll(/^\s*\w+ = "([a-z-]+)",/gm)].map((m) => m[1]);
  const js = [...['www/loader.js', 'www/failure.js'].flatMap((f) => [...read(f).matchAll(/code: '([a-z-]+)'/g)].map((m) => m[1]))];
  for (const code of [...rust, ...js]) if (!codes.includes(`'${code}'`)) gaps.push(`error code ${code}: not in RmpErrorCode (www/types/loader.d.ts)`);
  return gaps;
}

const args = process.argv.slice(2);
if (args[0] === '--json') {
  writeFileSync(args[1], `${JSON.stringify(manifest(), null, 2)}\n`);
} else if (args[0] === '--docs') {
  writeFileSync(join(root, 'docs', 'element.md'), docs());
} else if (args[0] === '--check') {
  const problems = typeGaps();
  if (read('docs/element.md') !== docs()) problems.push('docs/element.md is not what the JSDoc of www/rmp-viewer.js says: run node scripts/manifest.mjs --docs');
  const s = surface();
  if (s.tag !== 'rmp-viewer') problems.push(`www/rmp-viewer.js: @tag is "${s.tag}", not rmp-viewer`);
  const attrs = /ATTRIBUTES = \[([^\]]*)\]/.exec(read('www/rmp-viewer.js'))[1].match(/'([a-z-]+)'/g).map((a) => a.slice(1, -1));
  for (const a of attrs) if (!s.attributes.some((x) => x.name === a)) problems.push(`attribute ${a}: observed, but no @attr in the JSDoc`);
  for (const a of s.attributes) if (a.name !== 'lang' && !attrs.includes(a.name)) problems.push(`@attr ${a.name}: not an observed attribute`);
  if (problems.length) {
    console.error(problems.map((p) => `[manifest] ${p}`).join('\n'));
    process.exit(1);
  }
  console.log(`[manifest] ${s.attributes.length} attributes, ${s.properties.length} properties, ${s.events.length} events, ${s.parts.length} parts, ${s.cssProperties.length} custom properties: docs and types agree`);
} else if (args.length) {
  console.error('usage: node scripts/manifest.mjs --json FILE | --docs | --check');
  process.exit(2);
}

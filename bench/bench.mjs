// make bench: time to content, interactions, memory and growth of the viewer
// in headless Chromium on localhost, against the same content as static HTML.
// Writes docs/benchmark.json and docs/benchmark.md, and the table into the
// docs/performance.md between its bench markers. BENCH_RUNS (10) sets the runs per figure;
// BENCH_SIZES=small measures only the first synthetic size; BENCH_CATALOG (1200)
// sets the documents of the catalog measured.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { base, launch, root } from '../tests/e2e/launch.mjs';

const { browser, server } = await launch();

const RUNS = Number(process.env.BENCH_RUNS || 10);
const work = join(root, 'target', 'bench');
mkdirSync(work, { recursive: true });
const started = Date.now();
const log = (...a) => console.log('[bench]', ...a);

/** Synthetic sizes: concerns × cohorts × event rows, activities. */
const SIZES = [
  { risks: 25, cohorts: 10, events: 5, activities: 20 },
  { risks: 50, cohorts: 20, events: 10, activities: 40 },
  { risks: 100, cohorts: 30, events: 10, activities: 60 },
  { risks: 150, cohorts: 40, events: 10, activities: 80 },
].slice(0, process.env.BENCH_SIZES === 'small' ? 1 : undefined);

// ----- in-page instruments -----

/** Installed before any page script: a frame loop that notes when the page
 *  is ready (then the next frame, after its paint), the wasm memory, long tasks. */
function instruments() {
  window.__bench = { longTasks: [], memories: [] };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const exports = (result.instance || result).exports;
      if (exports && exports.memory) window.__bench.memories.push(exports.memory);
      return result;
    };
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task timing */ }
  const roots = () => {
    const hosts = [...document.querySelectorAll('rmp-viewer')];
    return hosts.length ? hosts.map((h) => h.shadowRoot).filter(Boolean) : [document];
  };
  window.__bench.roots = roots;
  window.__bench.ready = new Promise((resolve) => {
    const check = () => {
      const want = window.__benchWant;
      const ok = want && want(roots());
      if (ok) requestAnimationFrame(() => resolve(performance.now()));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** What "fully rendered" means, per page kind, as source for the page. */
const WANT = {
  // A page drawn ahead of time (`rmp render`): the first risk card of its risk view shows (before
  // the wasm; the browser shows the page as it reads it).
  ahead: () => `window.__benchWant = (roots) => { const r = roots[0] && roots[0].querySelector('[id="risks"] .rmp-card-heading'); return !!r && r.getBoundingClientRect().height > 0; };`,
  // ... and its search works: the small wasm has attached it (the viewer's wasm comes only when a
  // control needs it).
  attached: () => `window.__benchWant = (roots) => !!roots[0].querySelector('.rmp-viewer.rmp-attached');`,
  cards: (n) => `window.__benchWant = (roots) => roots.length === 1 && roots[0].querySelectorAll('.rmp-card-heading').length === ${n};`,
  // embed.html: viewer A shows its ${n} cards and viewer B its board.
  embed: (n) => `window.__benchWant = (roots) => roots.length === 2 && roots[0].querySelectorAll('.rmp-card-heading').length === ${n} && roots[1].querySelector('.rmp-board') !== null;`,
};

// ----- statistics -----

function stats(values) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const at = (q) => v[Math.min(v.length - 1, Math.floor(q * (v.length - 1) + 0.5))];
  const round = (x) => Math.round(x * 10) / 10;
  return { median: round(at(0.5)), min: round(v[0]), max: round(v[v.length - 1]), p90: round(at(0.9)), runs: v.length };
}

// ----- time to content -----

/** `url` in a fresh context (a cold cache) with the instruments and `want`;
 *  the page, its context, and when it was ready (ms). */
async function openMeasured(url, want) {
  const context = await browser.newContext();
  await context.addInitScript(instruments);
  await context.addInitScript(want);
  const page = await context.newPage();
  await page.goto(url);
  const ready = await page.evaluate(() => window.__bench.ready);
  return { context, page, ready };
}

async function timeToContent(url, want) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, ready } = await openMeasured(url, want);
    times.push(ready);
    await context.close();
  }
  return stats(times);
}

/** Typing `word` into `box` at a reader's pace: the long tasks meanwhile. */
async function typingLongTasks(page, box, word) {
  await box.fill('');
  const before = await page.evaluate(() => performance.now());
  await box.pressSequentially(word, { delay: 120 });
  await page.waitForTimeout(500);
  const tasks = await page.evaluate((t0) => window.__bench.longTasks.filter((t) => t.start >= t0).map((t) => t.duration), before);
  await box.fill('');
  return { count: tasks.length, longest_ms: Math.round(Math.max(0, ...tasks)) };
}

/** The viewer's own output at time to content, saved as a page without scripts. */
async function snapshot(url, want, file) {
  const { context, page } = await openMeasured(url, want);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel=modulepreload]').forEach((e) => e.remove());
    doc.querySelectorAll('link[rel=stylesheet]').forEach((e) => e.setAttribute('href', '/dist/rmp-viewer.css'));
    return '<!doctype html>\n' + doc.outerHTML;
  });
  await context.close();
  writeFileSync(join(work, file), html);
  return { path: `/target/bench/${file}`, bytes: Buffer.byteLength(html) };
}

// ----- interactions and memory -----

/** Arms a one-shot timer: from the next input event to the frame after `done()` holds. */
async function arm(page, done) {
  await page.evaluate((source) => {
    const done = new Function('root', `return (${source})(root);`);
    window.__bench.measured = new Promise((resolve) => {
      let start = null;
      const types = ['click', 'keydown', 'input'];
      const onEvent = (e) => {
        if (start !== null) return;
        start = e.timeStamp;
        for (const type of types) window.removeEventListener(type, onEvent, { capture: true });
        const root = window.__bench.roots()[0];
        const poll = () => {
          if (done(root)) requestAnimationFrame(() => resolve(performance.now() - start));
          else if (performance.now() - start > 20000) resolve(null);
          else requestAnimationFrame(poll);
        };
        // After the handlers of this event have run.
        setTimeout(poll, 0);
      };
      for (const type of types) window.addEventListener(type, onEvent, { capture: true });
    });
  }, done.toString());
}

async function measure(page, done, act) {
  await arm(page, done);
  await act();
  return page.evaluate(() => window.__bench.measured);
}

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__bench.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
  const mb = (b) => Math.round((b / 1048576) * 10) / 10;
  return { js_heap_mb: mb(heap.usedSize), wasm_memory_mb: mb(wasm), total_mb: mb(heap.usedSize + wasm) };
}

/** Search characters: each gives the hit list a new content. */
const SEARCH_CHARS = ['症', '感', '血', '投', '例', '率', '患', '試', '薬', '重', '発', '中'];

async function interactions(url, cards) {
  const { context, page } = await openMeasured(url, WANT.cards(cards));
  const cdp = await context.newCDPSession(page);
  const out = { memory_after_load: await memory(page, cdp) };
  const buttons = page.locator('.rmp-card-heading button');

  const open = [];
  for (let i = 0; i < RUNS; i++) {
    const k = Math.floor((i * cards) / RUNS);
    const button = buttons.nth(k);
    open.push(await measure(page, `(root) => root.querySelectorAll('.rmp-card-heading button')[${k}].getAttribute('aria-expanded') === 'true' && root.querySelectorAll('.rmp-card-body')[${k}].childElementCount > 0`, () => button.click()));
    await button.click();
  }
  out.open_card = stats(open);

  const expand = [];
  let first = null;
  for (let i = 0; i < RUNS; i++) {
    // Done: every card open, and every body that reaches into the window drawn.
    const t = await measure(page, `(root) => [...root.querySelectorAll('.rmp-card-heading button')].every((b) => b.getAttribute('aria-expanded') === 'true')
      && [...root.querySelectorAll('.rmp-card-body')].filter((b) => b.getBoundingClientRect().top < innerHeight).every((b) => b.childElementCount > 0)`,
      () => page.getByRole('button', { name: 'すべて開く' }).click());
    if (i === 0) {
      first = t;
      out.memory_after_expand_all = await memory(page, cdp);
    }
    expand.push(t);
    await page.getByRole('button', { name: 'すべて閉じる' }).click();
  }
  out.expand_all = { ...stats(expand), first: first === null ? null : Math.round(first * 10) / 10 };

  // One keystroke into an empty search box, until the hit list has changed.
  const box = page.getByRole('searchbox');
  const keys = [];
  for (let i = 0; i < RUNS; i++) {
    const ch = SEARCH_CHARS[i % SEARCH_CHARS.length];
    await box.fill('');
    await page.waitForFunction(() => document.querySelectorAll('.rmp-hits li').length === 0);
    await box.focus();
    keys.push(await measure(page, `(root) => (root.querySelector('.rmp-search-status')?.textContent ?? '') !== '' && root.querySelectorAll('.rmp-hits li').length > 0`,
      () => page.keyboard.type(ch)));
  }
  out.search_keystroke = stats(keys);
  out.typing_long_tasks = await typingLongTasks(page, box, '合成データ');

  const board = [];
  for (let i = 0; i < RUNS; i++) {
    board.push(await measure(page, `(root) => root.querySelector('.rmp-board') !== null`, () => page.locator('.rmp-tabs a[href="#board"]').click()));
    await page.locator('.rmp-tabs a[href="#risks"]').click();
    await page.waitForSelector('.rmp-card-heading');
  }
  out.switch_to_board = stats(board);

  const lang = [];
  for (let i = 0; i < RUNS; i++) {
    const want = i % 2 === 0 ? 'en' : 'ja';
    lang.push(await measure(page, `(root) => root.querySelector('.rmp-root').getAttribute('lang') === '${want}'`, () => page.locator('.rmp-lang').click()));
  }
  out.toggle_language = stats(lang);
  await context.close();
  return out;
}

/** A page drawn ahead, its search attached: the first use of a control that needs the viewer
 *  (the language), from the click until the viewer has taken the page over and switched it. */
async function firstControl(url) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await openMeasured(url, WANT.attached());
    times.push(await measure(page, `(root) => root.querySelectorAll('.rmp-root').length === 1 && root.querySelector('.rmp-root').getAttribute('lang') === 'en'`,
      () => page.locator('.rmp-lang').click()));
    await context.close();
  }
  return stats(times);
}

// ----- the documents -----

function cellsOf(doc) {
  let n = 0;
  for (const list of Object.values(doc.safety_specification)) {
    for (const c of list) for (const t of c.incidence || []) for (const e of t.events) for (const g of e.grades) n += g.cells.length;
  }
  return n;
}

function concernsOf(doc) {
  return Object.values(doc.safety_specification).reduce((n, list) => n + list.length, 0);
}

function synth(size) {
  const file = `synth-${size.risks}x${size.cohorts}x${size.events}-${size.activities}.json`;
  const args = ['run', '-q', '--bin', 'rmp', '--', 'synth', '--risks', size.risks, '--cohorts', size.cohorts, '--events', size.events, '--activities', size.activities, '--seed', '1', '-o', join(work, file)];
  execFileSync('cargo', args.map(String), { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return file;
}

async function measureDocument(label, src, doc, withEmbed, file) {
  const cards = concernsOf(doc);
  // The viewer drawing the document anew (`?src=`: not the page's own drawn copy).
  const viewerUrl = `${base}dist/index.html?src=${src ?? 'data/lunsumio.json'}#risks`;
  log(`${label}: ${cards} concerns, ${cellsOf(doc)} cells`);
  const entry = { label, concerns: cards, cells: cellsOf(doc), json_bytes: Buffer.byteLength(JSON.stringify(doc)) };
  const name = label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const staticPage = await snapshot(viewerUrl, WANT.cards(cards), `static-${name}.html`);
  entry.static_html_bytes = staticPage.bytes;
  entry.time_to_content = { viewer: await timeToContent(viewerUrl, WANT.cards(cards)) };
  entry.time_to_content.static = await timeToContent(base + staticPage.path.slice(1), WANT.cards(cards));
  // The same document drawn ahead of time (`rmp render`), beside the bundle's files.
  const ahead = `bench-ahead-${name}.html`;
  execFileSync(join(root, 'target', 'debug', 'rmp'), ['render', file, '--at', 'risks', '-o', join(root, 'dist', ahead)]);
  const aheadUrl = `${base}dist/${ahead}#risks`;
  entry.time_to_content.prerendered = await timeToContent(aheadUrl, WANT.ahead());
  entry.prerendered_html_bytes = statSync(join(root, 'dist', ahead)).size;
  entry.time_to_interactive = await timeToContent(aheadUrl, WANT.attached());
  entry.first_control = await firstControl(aheadUrl);
  if (withEmbed) entry.time_to_content.embed = await timeToContent(`${base}dist/embed.html`, WANT.embed(cards));
  const ratio = (a, b) => (a && b ? Math.round((a.median / b.median) * 100) / 100 : null);
  entry.ratio = {
    viewer_to_static: ratio(entry.time_to_content.viewer, entry.time_to_content.static),
    prerendered_to_static: ratio(entry.time_to_content.prerendered, entry.time_to_content.static),
  };
  if (withEmbed) entry.ratio.embed_to_static = ratio(entry.time_to_content.embed, entry.time_to_content.static);
  Object.assign(entry, await interactions(viewerUrl, cards));
  log(`${label}: viewer ${entry.time_to_content.viewer.median} ms, static ${entry.time_to_content.static.median} ms, ratio ${entry.ratio.viewer_to_static}; drawn ahead ${entry.time_to_content.prerendered.median} ms (× ${entry.ratio.prerendered_to_static}), search attached at ${entry.time_to_interactive.median} ms, its first control (the viewer arrives) ${entry.first_control.median} ms`);
  return entry;
}

// ----- a catalog of many documents -----

/** Documents in the benchmark's catalog (BENCH_CATALOG to change). */
const CATALOG_SIZE = Number(process.env.BENCH_CATALOG || 1200);

/** `rmp synth` with seeds 2… (each a product of its own) and sizes that vary, then `rmp catalog`. */
function catalogOf(n) {
  const dir = join(work, `catalog-${n}`);
  mkdirSync(dir, { recursive: true });
  const rmp = join(root, 'target', 'debug', 'rmp');
  for (let seed = 2; seed < n + 2; seed++) {
    const out = join(dir, `synth-${seed}.json`);
    if (existsSync(out)) continue;
    const size = ['--risks', 6 + (seed % 15), '--cohorts', 1 + (seed % 3), '--events', 2, '--activities', 10 + (seed % 21), '--seed', seed];
    execFileSync(rmp, ['synth', ...size.map(String), '-o', out]);
  }
  execFileSync(rmp, ['catalog', dir, '-o', join(dir, 'catalog.json')], { stdio: ['ignore', 'ignore', 'inherit'] });
  return `/target/bench/catalog-${n}/catalog.json`;
}

/** Each keystroke (one character added to a filter or the search) until its answer is drawn. */
async function keystrokes(page, label, chars, shown) {
  const box = page.getByLabel(label, { exact: true });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await box.fill('');
    await page.waitForTimeout(50);
    await box.focus();
    const before = await page.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', shown);
    times.push(await measure(page, `(root) => (root.querySelector(${JSON.stringify(shown)})?.textContent ?? '') !== ${JSON.stringify(before)}`,
      () => page.keyboard.type(chars[i % chars.length])));
  }
  await box.fill('');
  return stats(times);
}

async function measureCatalog(n) {
  const src = catalogOf(n);
  const url = `${base}dist/index.html?catalog=${src}`;
  const bytes = readFileSync(join(root, src.slice(1))).length;
  log(`catalog: ${n} documents, ${bytes} bytes`);
  const want = 'window.__benchWant = (roots) => roots[0].querySelectorAll(".rmp-shelf-table tbody tr").length > 0;';
  const entry = { documents: n, catalog_bytes: bytes, first_rows: await timeToContent(url, want) };
  const { context, page } = await openMeasured(url, want);
  // Each character narrows the list: a digit of the product numbers (not of the brands' 10–40 mg), a company's first character.
  entry.filter_keystroke = await keystrokes(page, '製品名・一般名・会社名', ['9', '試', '5', '測', '7', '見', '6', '8'], '.rmp-shelf-filters + .rmp-shelf-count');
  entry.concern_keystroke = await keystrokes(page, '安全性検討事項', ['間', '肝', '骨', '出', '心', '腎'], '.rmp-shelf-filters + .rmp-shelf-count');
  entry.search_keystroke = await keystrokes(page, 'すべての RMP を検索', ['間', '肝', '骨', '出', '心', '腎'], '.rmp-shelf-search .rmp-shelf-count');
  entry.typing_long_tasks = await typingLongTasks(page, page.getByLabel('すべての RMP を検索', { exact: true }), '間質性肺疾患');
  await context.close();
  log(`catalog: first rows ${entry.first_rows.median} ms, filter keystroke ${entry.filter_keystroke.median} ms, search keystroke ${entry.search_keystroke.median} ms`);
  return entry;
}

// ----- run -----

const lunsumio = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));
const results = {
  date: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memory_gb: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, browser: `Chromium ${browser.version()}` },
  runs: RUNS,
  documents: [],
};
results.documents.push(await measureDocument('Lunsumio', null, lunsumio, true, join(root, 'data', 'lunsumio.json')));
for (const size of SIZES) {
  const file = synth(size);
  const doc = JSON.parse(readFileSync(join(work, file), 'utf8'));
  results.documents.push(await measureDocument(`synth ${size.risks}×${size.cohorts}×${size.events}, ${size.activities} activities`, `/target/bench/${file}`, doc, false, join(work, file)));
}
results.catalog = await measureCatalog(CATALOG_SIZE);
results.seconds = Math.round((Date.now() - started) / 1000);

// ----- targets -----

const [lun, ...synths] = results.documents;
const largest = synths[synths.length - 1];
const INTERACTIONS = ['open_card', 'expand_all', 'search_keystroke', 'switch_to_board', 'toggle_language'];
const worst = (d) => Math.max(...INTERACTIONS.map((k) => d[k]?.median ?? Infinity));
const perCell = synths.map((d) => d.time_to_content.viewer.median / d.cells);
results.targets = [
  { target: 'Lunsumio: drawn ahead (rmp render) ÷ static time to content ≤ 1.2', value: lun.ratio.prerendered_to_static, met: lun.ratio.prerendered_to_static <= 1.2 },
  { target: 'Largest synthetic: drawn ahead ÷ static ≤ 1.5', value: largest.ratio.prerendered_to_static, met: largest.ratio.prerendered_to_static <= 1.5 },
  { target: 'Lunsumio: viewer ÷ static time to content ≤ 1.5', value: lun.ratio.viewer_to_static, met: lun.ratio.viewer_to_static <= 1.5 },
  { target: 'Lunsumio: each interaction ≤ 50 ms (median)', value: worst(lun), met: worst(lun) <= 50 },
  { target: 'Lunsumio: memory ≤ 10 MB (JS heap + wasm, after expand all)', value: lun.memory_after_expand_all.total_mb, met: lun.memory_after_expand_all.total_mb <= 10 },
  { target: 'Largest synthetic: viewer ÷ static ≤ 2', value: largest.ratio.viewer_to_static, met: largest.ratio.viewer_to_static <= 2 },
  { target: 'Largest synthetic: each interaction ≤ 200 ms (median)', value: worst(largest), met: worst(largest) <= 200 },
  { target: 'Largest synthetic: no long task over 200 ms while typing', value: largest.typing_long_tasks.longest_ms, met: largest.typing_long_tasks.longest_ms <= 200 },
  { target: `Catalog of ${results.catalog.documents}: first rows drawn ≤ 1000 ms`, value: results.catalog.first_rows.median, met: results.catalog.first_rows.median <= 1000 },
  { target: `Catalog of ${results.catalog.documents}: each filter or search keystroke ≤ 50 ms (median, about three frames)`, value: Math.max(results.catalog.filter_keystroke.median, results.catalog.concern_keystroke.median, results.catalog.search_keystroke.median), met: Math.max(results.catalog.filter_keystroke.median, results.catalog.concern_keystroke.median, results.catalog.search_keystroke.median) <= 50 },
  { target: 'Growth no worse than linear (time to content per cell, largest ÷ smallest ≤ 1)', value: Math.round((perCell[perCell.length - 1] / perCell[0]) * 100) / 100, met: perCell[perCell.length - 1] <= perCell[0] },
];

// ----- report -----

const ms = (s) => (s ? `${s.median} (${s.min}–${s.max})` : '—');
const lines = [];
lines.push(`Measured ${results.date.slice(0, 10)} on ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memory_gb} GB, ${results.machine.browser}, headless, localhost, cold cache; median (min–max) of ${RUNS} runs, in ms; the command took ${results.seconds} s.`);
lines.push('');
lines.push('| document | cells | time to content: viewer | static HTML | viewer ÷ static | drawn ahead: first card (÷ static) | drawn ahead: search attached | drawn ahead: first control, the viewer arrives | open a card | expand all (first) | search keystroke | to the board | language | longest task while typing | memory after load / expand all (MB) |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const d of results.documents) {
  lines.push(`| ${d.label} | ${d.cells} | ${ms(d.time_to_content.viewer)} | ${ms(d.time_to_content.static)} | ${d.ratio.viewer_to_static} | ${ms(d.time_to_content.prerendered)} (${d.ratio.prerendered_to_static}) | ${ms(d.time_to_interactive)} | ${ms(d.first_control)} | ${ms(d.open_card)} | ${ms(d.expand_all)} (${d.expand_all.first}) | ${ms(d.search_keystroke)} | ${ms(d.switch_to_board)} | ${ms(d.toggle_language)} | ${d.typing_long_tasks.longest_ms} | ${d.memory_after_load.total_mb} / ${d.memory_after_expand_all.total_mb} |`);
}
lines.push('');
lines.push(`Pages drawn ahead of time (\`rmp render\`, every view and card body in the markup): ${results.documents.map((d) => `${d.label} ${Math.round(d.prerendered_html_bytes / 1024)} KB`).join(', ')}.`);
if (lun.time_to_content.embed) {
  lines.push('');
  lines.push(`embed.html (two viewers, one fetching the document): ${ms(lun.time_to_content.embed)} ms to both drawn, ${lun.ratio.embed_to_static} × the static page.`);
}
const c = results.catalog;
lines.push('');
lines.push(`Catalog (\`?catalog=\`, the portal build) of ${c.documents} documents from \`rmp synth\` (${Math.round(c.catalog_bytes / 1024)} KB of index): first rows drawn ${ms(c.first_rows)}; one keystroke in the product filter ${ms(c.filter_keystroke)}, in the concern filter ${ms(c.concern_keystroke)}, in the search across documents ${ms(c.search_keystroke)}; longest task while typing a word ${c.typing_long_tasks.longest_ms} ms.`);
lines.push('');
lines.push('| target | measured | met |');
lines.push('|---|---|---|');
for (const t of results.targets) lines.push(`| ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`);
const table = lines.join('\n');

mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'benchmark.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(root, 'docs', 'benchmark.md'), `# Benchmark\n\n\`make bench\` (bench/bench.mjs). Time to content: navigation start → every risk card header in the DOM and the frame after it painted. Static HTML: the viewer's own output at that moment, saved without scripts, with the same stylesheet. Interactions: from the input event to the frame after the screen shows the result. Memory: JS heap + wasm linear memory after a garbage collection.\n\n${table}\n`);
const readme = join(root, 'docs', 'performance.md');
const text = readFileSync(readme, 'utf8');
const start = text.indexOf('<!-- bench:start -->');
const end = text.indexOf('<!-- bench:end -->');
if (start >= 0 && end > start) {
  writeFileSync(readme, `${text.slice(0, start)}<!-- bench:start -->\n${table}\n${text.slice(end)}`);
}
console.log(table);
log(`wrote docs/benchmark.json, docs/benchmark.md and the table in docs/performance.md in ${results.seconds} s`);
await browser.close();
server.kill();
process.exit(0);

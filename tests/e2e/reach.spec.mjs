// Every sentence reaches the reader: each string of a document (leaving out
// ids, references, enum codes and ISO dates) is in the text a reader can
// reach in some view, card or activity page; each is marked as Japanese
// (`lang="ja"`) whatever the interface language, and the interface's own
// English labels are marked `lang="en"`. Derived from the data, not picked.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base, check, root, test, until } from './fixtures.mjs';

/**
 * Keys whose strings are not text for the reader: ids, references, enum codes, ISO dates; and an
 * import draft's provenance (the pointers of what its text lacks, where each value came from),
 * which the import page shows beside the draft.
 */
const NOT_TEXT = new Set(['id', 'ref', 'kind', 'status', 'grade', 'forms', 'start', 'end', 'date', 'report_date', 'safety_concerns', 'absent', 'sources']);
/** Keys that hold text in one place and lists of ids in another (a concern's `additional`, a group's `products`). */
const ID_LISTS = new Set(['additional', 'products']);

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** Every string of the document with its JSON path. */
function documentStrings(doc) {
  const out = [];
  const walk = (value, path, key) => {
    if (typeof value === 'string') {
      if (norm(value)) out.push([path, norm(value)]);
    } else if (Array.isArray(value)) {
      if (ID_LISTS.has(key) && value.every((v) => typeof v === 'string')) return;
      value.forEach((v, i) => walk(v, `${path}[${i}]`, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) walk(v, `${path}.${k}`, k);
    }
  };
  walk(doc, '$', '');
  return out;
}

/**
 * Reads what the reader can see in the viewer (`host`: see viewerRoot): its
 * rendered text, the runs of text marked Japanese, and the English-looking
 * labels not marked English.
 */
async function snapshot(page, host, corpus, english) {
  return page.evaluate(({ host, corpus, english }) => {
    const rootEl = (host ? document.querySelector(host).shadowRoot : document).querySelector('.rmp-root');
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    // Written in Latin letters and common punctuation only: an interface label, unless the document has it.
    const ENGLISH = /^[\x20-\x7e\u00a0-\u00ff\u00d7\u2010-\u2015\u2018-\u201f\u2026\u2190-\u2193]+$/;
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    let runs = '';
    const unmarked = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      if (!text.trim()) { runs += ' '; continue; }
      const lang = node.parentElement.closest('[lang]')?.getAttribute('lang');
      runs += lang === 'ja' ? text : '\u0000';
      const t = norm(text);
      if (english && ENGLISH.test(t) && /[A-Za-z]{2,}/.test(t) && !corpus.includes(t) && lang !== 'en') unmarked.push(`${t} (lang=${lang})`);
    }
    return { text: norm(rootEl.innerText), runs: norm(runs), unmarked };
  }, { host, corpus, english });
}

/** The states a reader can reach, each drawn before it is read: every view, every card open, every activity page. */
async function visitAll(page, host, go, corpus, english) {
  const seen = [];
  const read = async () => seen.push(await snapshot(page, host, corpus, english));
  // page.evaluate, not waitForFunction: a portal's CSP forbids the eval that the latter needs.
  const inRoot = (selector) => until(() => page.evaluate(({ host, selector }) => {
    const r = (host ? document.querySelector(host)?.shadowRoot : document)?.querySelector('.rmp-root');
    return Boolean(r && r.querySelector(selector));
  }, { host, selector }), `${selector} drawn`);
  for (const [view, ready] of [['summary', '.rmp-summary'], ['overview', '.rmp-overview'], ['matrix', '.rmp-matrix-table'], ['plan', '.rmp-lists']]) {
    await go({ view });
    await inRoot(ready);
    await read();
  }
  await go({ view: 'risks' });
  await inRoot('.rmp-card');
  await page.evaluate((host) => (host ? document.querySelector(host).shadowRoot : document).querySelector('.rmp-root .rmp-toolbar button').click(), host);
  // Every body open and drawn (large documents draw each in a task of its own).
  await until(() => page.evaluate((host) => {
    const bodies = [...(host ? document.querySelector(host).shadowRoot : document).querySelectorAll('.rmp-card-body')];
    return bodies.length > 0 && bodies.every((b) => !b.hidden && b.childElementCount > 0);
  }, host), 'every card open and drawn');
  // Open bodies far below the window are not laid out until scrolled near
  // (content-visibility): a window as tall as the page stands for scrolling.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport.width, height: 40_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await read();
  await page.setViewportSize(viewport);
  await go({ view: 'board' });
  await inRoot('.rmp-activity');
  await read();
  const ids = await page.evaluate((host) => [...(host ? document.querySelector(host).shadowRoot : document).querySelectorAll('.rmp-activity')].map((e) => e.id.replace(/^board-/, '')), host);
  check(ids.length > 0, 'the board lists activities');
  for (const id of ids) {
    await go({ activity: id });
    await inRoot(`[id="activity-${id}"]`);
    await read();
  }
  return { seen, activities: ids.length };
}

/** Fails with the JSON path of every string the reader cannot reach, or that is not marked Japanese. */
async function assertReached(page, doc, host, go, english) {
  const strings = documentStrings(doc);
  const corpus = strings.map(([, s]) => s).join('\u0000');
  const { seen, activities } = await visitAll(page, host, go, corpus, english);
  const text = seen.map((s) => s.text).join('\u0000');
  const runs = seen.map((s) => s.runs).join('\u0000');
  const missing = strings.filter(([, s]) => !text.includes(s)).map(([p, s]) => `${p}: ${s.slice(0, 60)}`);
  check(missing.length === 0, `${missing.length} of ${strings.length} strings reach no reader:\n${missing.join('\n')}`);
  // An import draft's review list is the importer's words about the document, not the document's text.
  const unmarked = strings.filter(([p, s]) => !p.startsWith('$.import_draft') && !runs.includes(s)).map(([p, s]) => `${p}: ${s.slice(0, 60)}`);
  check(unmarked.length === 0, `${unmarked.length} strings are not marked lang="ja":\n${unmarked.join('\n')}`);
  const labels = [...new Set(seen.flatMap((s) => s.unmarked))];
  check(labels.length === 0, `English labels not marked lang="en":\n${labels.join('\n')}`);
  return { strings: strings.length, activities };
}

/** Moves the standalone viewer by its URL fragment, as a link or the back button would. */
const byFragment = (page) => async ({ view, activity }) => {
  await page.evaluate((hash) => { location.hash = hash; }, activity ? `#activity/${activity}` : `#${view}`);
};

const lunsumio = JSON.parse(readFileSync(join(root, 'data', 'lunsumio.json'), 'utf8'));

for (const lang of ['ja', 'en']) {
  test(`every string of the Lunsumio RMP reaches the reader, marked lang="ja" (standalone, ${lang} interface)`, async ({ page }) => {
    await page.goto(`${base}?lang=${lang}#summary`);
    await page.waitForSelector('.rmp-summary');
    await until(async () => (await page.locator('.rmp-root').getAttribute('lang')) === lang, `interface in ${lang}`);
    const { strings, activities } = await assertReached(page, lunsumio, null, byFragment(page), lang === 'en');
    check(strings > 300 && activities === 10, `walked ${strings} strings, ${activities} activity pages`);
  });
}

test('every string reaches the reader inside the shadow root, whatever the host element\'s lang', async ({ page }) => {
  await page.goto(base + 'dist/embed.html');
  const host = page.locator('#viewer-b');
  await host.locator('.rmp-board').waitFor();
  // The host says lang="en" (the interface language); the document's text stays Japanese.
  check(await host.getAttribute('lang') === 'en', 'host lang="en"');
  const go = async ({ view, activity }) => {
    await host.evaluate((el, { view, activity }) => {
      el.removeAttribute('open');
      if (activity) { el.removeAttribute('view'); el.setAttribute('activity', activity); } else { el.removeAttribute('activity'); el.setAttribute('view', view); }
    }, { view, activity });
  };
  await assertReached(page, lunsumio, '#viewer-b', go, true);
});

test('every string of a synthetic RMP and of a document with every optional field reaches the reader', async ({ page }) => {
  const synthetic = execFileSync('cargo', ['run', '-q', '--bin', 'rmp', '--', 'synth', '--risks', '9', '--cohorts', '3', '--events', '2', '--activities', '16', '--seed', '3'], { cwd: root, maxBuffer: 64 << 20 });
  await page.route((u) => u.pathname.endsWith('/fixtures/synthetic.json'), (r) => r.fulfill({ body: synthetic, contentType: 'application/json' }));
  for (const [name, doc] of [['synthetic.json', JSON.parse(synthetic.toString('utf8'))], ['complete.json', JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'complete.json'), 'utf8'))]]) {
    await page.goto(`${base}?src=tests/fixtures/${name}#summary`);
    await page.waitForSelector('.rmp-summary');
    await assertReached(page, doc, null, byFragment(page), false);
  }
});

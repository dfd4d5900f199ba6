// Content before the wasm: the page drawn ahead of time (`rmp render`, dist/index.html), read with
// scripts off, taken over by the wasm with no visible change, under a policy that forbids WebAssembly,
// as a portal's fragment with a declarative shadow root, and as the single file.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { attribute, base, check, count, expect, root, settle, test, until } from './fixtures.mjs';
import { pdfText, risks, squeeze } from './shared.mjs';

const page_ = 'dist/index.html';
const cellsOf = (risk) => risk.incidence.flatMap((t) => t.events.flatMap((e) => e.grades.flatMap((g) => g.cells.map((c) => (c.percent ? `${c.n}（${c.percent}%）` : `${c.n}`)))));

/** Holds every request for a viewer wasm until the returned function is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route((u) => u.pathname.endsWith('rmp_viewer_bg.wasm'), async (route) => { await gate; await route.continue(); });
  return release;
}

/** Serves dist/`file` under the Content-Security-Policy `policy`. */
const servedUnder = (page, file, policy) => page.route((u) => u.pathname.endsWith('/dist/' + file), (route) => route.fulfill({
  status: 200,
  contentType: 'text/html; charset=utf-8',
  headers: { 'Content-Security-Policy': policy },
  body: readFileSync(join(root, 'dist', file)),
}));

/** The tabs drawn marked as the current one (filled), by their names. */
const markedTabs = (page) => page.locator('.rmp-tabs .rmp-tab').evaluateAll((tabs) => tabs.filter((t) => getComputedStyle(t).backgroundColor !== 'rgba(0, 0, 0, 0)').map((t) => t.textContent));

/** A portal's page in dist/ with `rmp render --fragment` in it and the loader after it: its name. */
function fragmentPage() {
  const fragment = execFileSync(join(root, 'target', 'debug', 'rmp'), ['render', '--fragment', join(root, 'data', 'lunsumio.json')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const name = `fragment-${process.pid}-${Math.random().toString(36).slice(2)}.html`;
  writeFileSync(join(root, 'dist', name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title><style>p{color:red}</style></head><body><h1>Portal</h1>${fragment}<script type="module" src="rmp-viewer.js"></script></body></html>`);
  return name;
}

/** Every card of the risk view and every incidence number, read with no script at all. */
async function readCards(page, scope, at = 'risks') {
  const cards = scope.locator(`[id="${at}"] details.rmp-card-details`);
  await count(cards, risks.length, 'six risk cards');
  const names = await cards.locator('summary').allTextContents();
  check(JSON.stringify(names) === JSON.stringify(risks.map((r) => r.name)), `names: ${names}`);
  for (const [i, risk] of risks.entries()) {
    const card = cards.nth(i);
    await card.locator('summary').click();
    await attribute(card, 'open', '', `${risk.name} opens without script`);
    const expected = cellsOf(risk);
    const cells = await settle(() => card.locator('table.rmp-incidence tbody td').allTextContents(), (c) => c.length === expected.length, `${risk.name}: ${expected.length} cells`);
    expected.forEach((text, k) => check(cells[k].startsWith(text), `${risk.name} cell ${k}: "${cells[k]}" should start with "${text}"`));
    await expect(card.locator('table.rmp-incidence').first(), `${risk.name}: its table shows`).toBeVisible();
    await expect(card, `${risk.name}: the reason shows`).toContainText(risk.reason[0].slice(0, 40));
  }
}

test.describe('scripts off', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered page shows all six cards and every incidence number, and says what is off', async ({ page }) => {
    await page.goto(base + page_ + '#risks');
    await readCards(page, page);
    await expect(page.getByRole('note')).toContainText('スクリプトが動いていない');
    await expect(page.locator('.rmp-search'), 'no search box that cannot search').toBeHidden();
    await expect(page.locator('.rmp-lang'), 'no language switch').toBeHidden();
  });

  test('every view is reached by the page links, an activity page by its link', async ({ page }) => {
    await page.goto(base + page_);
    await expect(page.locator('#summary')).toBeVisible();
    for (const [name, id] of [['品目の概要', 'overview'], ['活動の状況', 'board'], ['リスク×活動', 'matrix'], ['計画の全文', 'plan'], ['安全性検討事項', 'risks']]) {
      await page.locator('.rmp-tabs').getByRole('link', { name, exact: true }).click();
      await until(() => page.locator(`[id="${id}"]`).isVisible(), `${name} shows`);
      await until(async () => !(await page.locator('#summary').isVisible()), `the summary hides for ${name}`);
      await settle(() => markedTabs(page), (m) => JSON.stringify(m) === JSON.stringify([name]), `only the tab ${name} is marked`);
    }
    await page.locator('.rmp-tabs').getByRole('link', { name: '活動の状況', exact: true }).click();
    await page.locator('[id="board"]').getByRole('link', { name: /LUN2501|製造販売後/ }).first().click();
    await until(() => page.locator('[id="activity/lun2501"]').isVisible(), 'the LUN2501 page shows');
    await expect(page.locator('[id="activity/lun2501"]')).toContainText('LUN2501');
    await settle(() => markedTabs(page), (m) => JSON.stringify(m) === JSON.stringify(['活動の状況']), 'an activity page marks the board\'s tab');
  });

  test('a link to a card shows the risk view with that card open', async ({ page }) => {
    await page.goto(base + page_ + '#summary');
    await page.goto(base + page_ + '#risk/infections');
    const card = page.locator('#risks details[data-risk="infections"]');
    await until(() => card.evaluate((d) => d.open), 'the linked card opened');
    await expect(card.locator('table.rmp-incidence').first()).toBeVisible();
  });

  test('printed with scripts off, the risk view carries every card body and every incidence number', async ({ page }) => {
    await page.goto(base + page_ + '#risks');
    await count(page.locator('#risks details.rmp-card-details'), risks.length, 'six cards');
    const text = squeeze((await pdfText(await page.pdf({ format: 'A4' }))).join(''));
    for (const risk of risks) {
      check(text.includes(squeeze(risk.reason[0])), `${risk.name}: its reason on paper`);
      let at = 0;
      for (const cell of cellsOf(risk)) {
        const found = text.indexOf(squeeze(cell), at);
        check(found >= 0, `${risk.name}: ${cell} on paper, in order`);
        at = found;
      }
    }
  });

  test('a portal\'s fragment, where no link can switch views, shows the first view and the full plan, and says so', async ({ page }) => {
    const name = fragmentPage();
    try {
      await page.goto(base + 'dist/' + name);
      const viewer = page.locator('rmp-viewer');
      await expect(viewer.getByRole('note')).toContainText('最初の表示のあとに計画の全文が続きます');
      await expect(viewer.getByRole('note'), 'one note').toHaveCount(1);
      await expect(viewer.locator('.rmp-tabs'), 'no tabs that cannot switch').toBeHidden();
      await expect(viewer.locator('[id="summary"]')).toBeVisible();
      await readCards(page, viewer, 'plan');
      await expect(viewer.locator('[id="plan"]')).toContainText('LUN2501');
    } finally {
      rmSync(join(root, 'dist', name), { force: true });
    }
  });

  test('the single file reads from disk with scripts off', async ({ page }) => {
    await page.goto(pathToFileURL(join(root, 'dist', 'rmp-viewer-standalone.html')).href + '#risks');
    await count(page.locator('#risks details.rmp-card-details'), risks.length, 'six cards');
    await expect(page.getByRole('note')).toBeVisible();
  });
});

/** Counts the requests for the viewer's wasm (`rmp_viewer_bg.wasm`): `requests()`. */
function watchViewer(page) {
  let n = 0;
  page.on('request', (r) => { if (r.url().endsWith('rmp_viewer_bg.wasm')) n++; });
  return () => n;
}

/** The drawn viewer once its search is attached (the small wasm has run). */
const attached = (page) => until(() => page.locator('#app .rmp-viewer.rmp-attached').count(), 'the search attached to the drawn page');

test('the drawn page\'s search works with the small wasm alone: hits, keys, the jump to a card, and no viewer wasm fetched', async ({ page }) => {
  const requests = watchViewer(page);
  await page.goto(base + page_ + '#summary');
  await attached(page);
  const box = page.getByRole('searchbox', { name: 'RMP 内を検索' });
  await box.fill('腫瘍フレア');
  const hits = page.getByRole('list', { name: '検索結果' });
  await until(() => hits.locator('li').count(), 'hits listed');
  await expect(page.locator('#rmp-search-status')).toHaveText(/^\d+\+?件/);
  await expect(hits.locator('li').first()).toContainText('腫瘍フレア');
  // The arrow keys move through the hits and back to the box.
  await box.press('ArrowDown');
  await expect(hits.locator('li a').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  // Enter goes to the first hit: the risk view, with the card open and its heading focused.
  await box.press('Enter');
  await settle(() => page.evaluate(() => location.hash), (h) => h === '#risk/tumor-flare', 'the card\'s place in the URL');
  const card = page.locator('#risks details[data-risk="tumor-flare"]');
  await attribute(card, 'open', '', 'the card opens');
  await expect(card.locator('summary')).toBeFocused();
  await expect(card).toBeInViewport();
  await expect(hits).toBeHidden();
  await attribute(page.locator('.rmp-tabs').getByRole('link', { name: '安全性検討事項', exact: true }), 'aria-current', 'page', 'the risk view\'s tab is current');
  // "/" brings the reader back to the box; Esc empties it.
  await page.locator('body').press('/');
  await expect(box).toBeFocused();
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page.locator('#rmp-search-status')).toHaveText('');
  // A hit on an activity page, by a click.
  await box.fill('LUN2501');
  await hits.locator('li a').first().click();
  await until(() => page.locator('[id="activity/lun2501"]').isVisible(), 'the activity page shows');
  check(requests() === 0, `the viewer's wasm was not fetched (${requests()} requests)`);
});

test('expand all and collapse all open and close the drawn cards with the small wasm alone', async ({ page }) => {
  const requests = watchViewer(page);
  await page.goto(base + page_ + '#risks');
  await attached(page);
  const cards = page.locator('#risks details.rmp-card-details');
  await count(cards, risks.length, 'the risk view\'s cards');
  await page.locator('#risks').getByRole('button', { name: 'すべて開く' }).click();
  await settle(() => cards.evaluateAll((ds) => ds.filter((d) => d.open).length), (n) => n === risks.length, (n) => `${n} of ${risks.length} cards open`);
  await expect(page.locator('[id="plan"] details.rmp-card-details[open]'), 'the full plan\'s copies stay as they were').toHaveCount(0);
  await expect(cards.last().locator('table.rmp-incidence').first()).toBeVisible();
  // By the keyboard: the focus on the button does not bring the viewer either.
  await page.locator('#risks').getByRole('button', { name: 'すべて閉じる' }).focus();
  await page.keyboard.press('Enter');
  await settle(() => cards.evaluateAll((ds) => ds.filter((d) => d.open).length), (n) => n === 0, (n) => `${n} cards still open`);
  await page.locator('#risks details[data-risk="crs"] summary').click();
  check(requests() === 0, `the viewer's wasm was not fetched (${requests()} requests)`);
  // The viewer, when a control brings it, keeps the card opened.
  await page.locator('.rmp-lang').click();
  await count(page.locator('details.rmp-card-details'), 0, 'the viewer took the page over');
  await attribute(page.locator('#rmp-risk-crs-button'), 'aria-expanded', 'true', 'the card opened stays open');
});

test('the first use of a control that draws anew brings the viewer: the same text, no layout shift, the scroll, an opened card and the focus kept', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const requests = watchViewer(page);
  const release = await holdWasm(page);
  await page.goto(base + page_ + '#risks');
  await attached(page);
  check(requests() === 0, 'the viewer\'s wasm is not fetched while the reader reads');
  const ahead = page.locator('#risks details[data-risk="infections"]');
  await ahead.locator('summary').click();
  await attribute(ahead, 'open', '', 'opened before the viewer arrives');
  await page.evaluate(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: false });
  });
  // At once, not a smooth scroll still moving when the takeover reads it.
  const y = await page.evaluate(() => { window.scrollTo({ top: 300, behavior: 'instant' }); return window.scrollY; });
  check(y === 300, `scrolled to ${y}`);
  const visibleText = () => page.evaluate(() => document.querySelector('#app .rmp-main').innerText);
  const before = await visibleText();
  const header = await page.evaluate(() => document.querySelector('#app .rmp-header').innerText);
  check(before.includes('感染症') && /\d+（\d+\.\d%）/.test(before), 'the opened card shows its numbers before the viewer');
  // The reader reaches a control that needs the viewer: the print button, by the keyboard.
  await page.locator('.rmp-tabs .rmp-print').focus();
  await until(() => requests(), 'the viewer\'s wasm is asked for');
  release();
  const button = page.getByRole('button', { name: '感染症', exact: true });
  await attribute(button, 'aria-expanded', 'true', 'the card opened before the takeover is still open');
  await count(page.locator('details.rmp-card-details'), 0, 'the drawn-ahead viewer is gone');
  await count(page.locator('#app .rmp-viewer'), 1, 'one viewer');
  check(await visibleText() === before, 'the same text before and after');
  check(await page.evaluate(() => document.querySelector('#app .rmp-header').innerText) === header, 'the same header');
  check(await page.evaluate(() => window.scrollY) === y, 'the scroll position kept');
  await expect(page.locator('.rmp-tabs .rmp-print'), 'the focus on the print button\'s counterpart').toBeFocused();
  const shifts = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.shifts)))));
  check(shifts.reduce((a, b) => a + b, 0) === 0, `no layout shift: ${shifts}`);
  // It is the viewer's now: its search works.
  await page.getByRole('searchbox').fill('LUN2501');
  await until(() => page.locator('.rmp-hits li').count(), 'search hits');
});

test('a control clicked before the viewer arrives does what it does once the viewer is there', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(base + page_ + '#risks');
  await attached(page);
  await page.getByRole('searchbox').fill('CRS');
  await page.locator('.rmp-lang').click();
  // Held: the drawn page is still as it was, and says it is busy: the button used dims.
  await expect(page.locator('.rmp-tabs').getByRole('link', { name: '安全性検討事項', exact: true })).toBeVisible();
  await attribute(page.locator('#app > .rmp-viewer'), 'aria-busy', 'true', 'the drawn page is busy');
  await attribute(page.locator('.rmp-lang'), 'aria-busy', 'true', 'the button used is busy');
  await settle(() => page.locator('.rmp-lang').evaluate((b) => getComputedStyle(b).opacity), (o) => o === '0.6', (o) => `the button used dims: opacity ${o}`);
  release();
  await until(() => page.locator('.rmp-tabs').getByRole('link', { name: 'Safety specification', exact: true }).isVisible(), 'the viewer switched to English');
  await expect(page.getByRole('searchbox'), 'the query typed in the drawn box is kept').toHaveValue('CRS');
  await count(page.locator('details.rmp-card-details'), 0, 'the drawn-ahead viewer is gone');
  await expect(page.locator('[aria-busy="true"]:is(button, .rmp-viewer)'), 'nothing busy once the viewer is there').toHaveCount(0);
});

test('a card\'s chart asked for, or a board filter chosen, before the viewer arrives is what the viewer shows', async ({ page }) => {
  let release = await holdWasm(page);
  await page.goto(base + page_ + '#risks');
  await attached(page);
  const card = page.locator('#risks details[data-risk="crs"]');
  await card.locator('summary').click();
  await card.getByRole('button', { name: 'グラフ' }).first().click();
  release();
  await attribute(page.locator('.rmp-card-heading button').first(), 'aria-expanded', 'true', 'the card stays open');
  await attribute(page.locator('button[aria-controls="crs-incidence-chart"]').first(), 'aria-pressed', 'true', 'the chart is shown');
  await expect(page.locator('[id="crs-incidence-chart"]')).toBeVisible();

  await page.unrouteAll();
  release = await holdWasm(page);
  await page.goto('about:blank');
  await page.goto(base + page_ + '#board');
  await attached(page);
  const filter = page.locator('[id="board"] select').first();
  const value = await filter.locator('option').nth(1).getAttribute('value');
  const activities = (scope) => scope.locator('.rmp-board a[href^="#activity/"]').count();
  const all = await activities(page.locator('[id="board"]'));
  await filter.selectOption(value);
  release();
  await count(page.locator('details.rmp-card-details'), 0, 'the viewer took the page over');
  await until(() => page.locator('.rmp-board').isVisible(), 'the viewer\'s board');
  await expect(page.locator('select').first(), 'the filter chosen is kept').toHaveValue(value);
  await settle(() => activities(page), (n) => n > 0 && n < all, (n) => `the board filtered: ${n} of ${all} activities`);
});

test('a checklist tick made on the drawn page is kept, and where ticks are kept the viewer shows them at once', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(base + page_ + '#board');
  await attached(page);
  const withList = await page.locator('.rmp-pages > .rmp-page[id^="activity/"]:has(.rmp-checklist)').first().getAttribute('id');
  check(withList, 'an activity page with a checklist');
  await page.goto(base + page_ + '#' + withList);
  await attached(page);
  const drawnBox = page.locator(`[id="${withList}"] .rmp-checklist input[type=checkbox]`).first();
  const item = await drawnBox.getAttribute('data-item');
  await drawnBox.click();
  release();
  const box = page.locator(`.rmp-checklist input[type=checkbox][data-item="${item}"]`);
  await until(() => box.isChecked(), 'the tick is made in the viewer');
  await count(page.locator('details.rmp-card-details'), 0, 'the viewer took the page over');
  // Read again: the ticks are kept, so the viewer takes over at once, with the tick.
  await page.reload();
  await until(() => page.locator(`.rmp-checklist input[type=checkbox][data-item="${item}"]:checked`).count(), 'the kept tick shows');
  await count(page.locator('details.rmp-card-details'), 0, 'taken over without any use of a control');
});

test('opened at a place, the drawn page shows that place before the page has loaded, and moves on with its links', async ({ page }) => {
  // The page's module script held: it never finishes loading, so the
  // browser never applies the fragment itself (`:target`).
  await page.route((u) => u.pathname.endsWith('/dist/main.js'), () => {});
  for (const [place, shown, tab] of [['risks', 'risks', '安全性検討事項'], ['risk/infections', 'risks', '安全性検討事項'], ['activity/lun2501', 'activity/lun2501', '活動の状況']]) {
    // A fresh load each time, not a move within the page.
    await page.goto('about:blank');
    await page.goto(base + page_ + '#' + place, { waitUntil: 'commit' });
    await until(() => page.locator(`[id="${shown}"]`).isVisible(), `#${place}: its page shows`);
    await expect(page.locator('#summary'), `#${place}: not the summary`).toBeHidden();
    await settle(() => markedTabs(page), (m) => JSON.stringify(m) === JSON.stringify([tab]), `#${place}: only the tab ${tab} is marked`);
    check(await page.evaluate(() => document.readyState) !== 'complete', 'still loading');
  }
  // A link followed: that page, and not the one the page was opened at.
  await page.locator('.rmp-tabs').getByRole('link', { name: '活動の状況', exact: true }).click();
  await until(() => page.locator('[id="board"]').isVisible(), 'the board shows');
  await expect(page.locator('[id="activity/lun2501"]'), 'the first place hides').toBeHidden();
  await settle(() => markedTabs(page), (m) => JSON.stringify(m) === JSON.stringify(['活動の状況']), 'the board\'s tab is marked');
  await page.locator('.rmp-tabs').getByRole('link', { name: '計画の全文', exact: true }).click();
  await until(() => page.locator('[id="plan"]').isVisible(), 'the full plan shows');
  await settle(() => markedTabs(page), (m) => JSON.stringify(m) === JSON.stringify(['計画の全文']), 'the full plan\'s tab is marked');
  await page.goBack({ waitUntil: 'commit' });
  await until(() => page.locator('[id="board"]').isVisible(), 'back: the board');
  await page.goBack({ waitUntil: 'commit' });
  await until(() => page.locator('[id="activity/lun2501"]').isVisible(), 'back: the activity page');
  await expect(page.locator('[id="board"]')).toBeHidden();
});

test('under a policy that refuses inline scripts, the page opened at a place still shows it before the page has loaded', async ({ page }) => {
  await servedUnder(page, 'index.html', "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  await page.route((u) => u.pathname.endsWith('/dist/main.js'), () => {});
  await page.goto(base + page_ + '#activity/lun2501', { waitUntil: 'commit' });
  await until(() => page.locator('[id="activity/lun2501"]').isVisible(), 'the activity page shows');
  await expect(page.locator('#summary'), 'not the summary').toBeHidden();
  check(await page.evaluate(() => document.readyState) !== 'complete', 'still loading');
  await page.locator('.rmp-tabs').getByRole('link', { name: '計画の全文', exact: true }).click();
  await until(() => page.locator('[id="plan"]').isVisible(), 'a link followed: the full plan shows');
  await expect(page.locator('[id="activity/lun2501"]'), 'the first place hides').toBeHidden();
});

test('focus in the drawn page stays on its counterpart', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(base + page_ + '#risks');
  await attached(page);
  await page.locator('#risks details[data-risk="tumor-flare"] summary').focus();
  // A press on a control that does not take the focus (as Safari's buttons
  // do not) brings the viewer while the focus is on a card's heading.
  await page.locator('.rmp-tabs .rmp-print').dispatchEvent('pointerdown');
  release();
  const button = page.getByRole('button', { name: '腫瘍フレア', exact: true });
  await expect(button).toBeFocused();
});

test('read on the day it was drawn, the board needs no viewer; read later, the board brings the viewer, which marks today', async ({ page }) => {
  const drawnOn = readFileSync(join(root, page_), 'utf8').match(/data-drawn-on="(\d{4}-\d{2}-\d{2})"/)?.[1];
  check(drawnOn, 'the drawn timeline says the day it marks');
  const legend = () => page.locator('.rmp-tl-legend').filter({ visible: true }).textContent();
  // The day it was drawn, at noon in the browser's time zone.
  await page.clock.setFixedTime(new Date(`${drawnOn}T12:00:00`));
  let requests = watchViewer(page);
  await page.goto(base + page_ + '#summary');
  await attached(page);
  await page.locator('.rmp-tabs').getByRole('link', { name: '活動の状況', exact: true }).click();
  await settle(legend, (t) => t.startsWith(`このページの作成日: ${drawnOn}`), (t) => `the drawn board's mark: ${t}`);
  await page.locator('[id="board"]').getByRole('link', { name: /LUN2501/ }).first().click();
  await page.goBack();
  await until(() => page.locator('[id="board"]').isVisible(), 'the drawn board shows again');
  check(requests() === 0, `on the day it was drawn, the board needs no viewer (${requests()} requests)`);

  // Years later, opened at the summary: no viewer until the board shows.
  await page.goto('about:blank');
  await page.clock.setFixedTime(new Date('2031-05-20T12:00:00'));
  requests = watchViewer(page);
  await page.goto(base + page_ + '#summary');
  await attached(page);
  check(requests() === 0, 'the summary needs no viewer');
  await page.locator('.rmp-tabs').getByRole('link', { name: '活動の状況', exact: true }).click();
  await count(page.locator('details.rmp-card-details'), 0, 'the viewer took the page over');
  await settle(legend, (t) => t.startsWith('今日: 2031-05-20'), (t) => `the board marks today: ${t}`);
  await expect(page.locator('.rmp-tl-legend')).toHaveCount(1);
});

test('under a strict policy every page loads, is taken over and changes language with no violation, its axis labels each in place', async ({ page }) => {
  const strict = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const violations = () => page.evaluate(() => window.__csp);
  /** The axis's labels' left edges, rounded, in order. */
  const axis = () => page.locator('.rmp-tl-years').filter({ visible: true }).locator('text').evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().left)));
  const distinct = async (what) => {
    const xs = await until(async () => {
      const xs = await axis();
      return xs.length >= 4 && new Set(xs).size === xs.length ? xs : null;
    }, `${what}: the axis's labels each at its own place`);
    return xs;
  };
  for (const file of ['index.html', 'import.html']) await servedUnder(page, file, strict);
  await page.goto(base + page_ + '#board');
  await distinct('drawn');
  await page.locator('.rmp-lang').click();
  await count(page.locator('.rmp-tabs').getByRole('link', { name: 'Activity status', exact: true }), 1, 'the viewer, in English');
  await distinct('taken over, in English');
  await page.reload();
  await distinct('reloaded');
  check((await violations()).length === 0, `no violation on the page: ${await violations()}`);
  await page.goto(base + 'dist/import.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  check((await violations()).length === 0, `no violation on the import page: ${await violations()}`);
});

test('under a policy without wasm-unsafe-eval the page stays readable and says what is off', async ({ page }) => {
  await servedUnder(page, 'index.html', "default-src 'self'; script-src 'self'");
  // The policy refuses the inline opened-at script; its copy by address comes late, after the page's module.
  await page.route((u) => u.pathname.endsWith('/dist/opened-at.js'), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  const refused = page.waitForEvent('console', (m) => m.type() === 'error');
  await page.goto(base + page_ + '#risks');
  await refused;
  await expect(page.getByRole('note')).toContainText('スクリプトが動いていない');
  await expect(page.locator('.rmp-search')).toBeHidden();
  await readCards(page, page);
  // Opened at #risks, its tab is the current one; a link moves it.
  const tabs = page.locator('.rmp-tabs');
  await attribute(tabs.getByRole('link', { name: '安全性検討事項', exact: true }), 'aria-current', 'page', 'the risk view is current');
  await tabs.getByRole('link', { name: '活動の状況', exact: true }).click();
  await attribute(tabs.getByRole('link', { name: '活動の状況', exact: true }), 'aria-current', 'page', 'the board is current');
  await expect(tabs.locator('[aria-current]'), 'one current tab').toHaveCount(1);
});

test('a portal\'s fragment under a policy without wasm-unsafe-eval shows the first view and the full plan, and says so', async ({ page }) => {
  const name = fragmentPage();
  try {
    await servedUnder(page, name, "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'");
    await page.goto(base + 'dist/' + name);
    const viewer = page.locator('rmp-viewer');
    await expect(viewer.getByRole('note')).toContainText('最初の表示のあとに計画の全文が続きます');
    await expect(viewer.locator('.rmp-tabs')).toBeHidden();
    await readCards(page, viewer, 'plan');
  } finally {
    rmSync(join(root, 'dist', name), { force: true });
  }
});

test('a fragment shows the RMP in a declarative shadow root before the loader runs, then the loader takes it over', async ({ page }) => {
  const name = fragmentPage();
  try {
    let release;
    const gate = new Promise((resolve) => { release = resolve; });
    await page.route((u) => u.pathname.endsWith('/dist/rmp-viewer.js'), async (route) => { await gate; await route.continue(); });
    // Not waiting for the load event: the loader is held back.
    await page.goto(base + 'dist/' + name + '#risks', { waitUntil: 'commit' });
    const viewer = page.locator('rmp-viewer');
    // Before any script of the viewer's: the shadow root is the parser's.
    await expect(viewer.locator('h1')).toHaveText(/ルンスミオ/);
    await expect(viewer.getByRole('link', { name: '安全性検討事項' })).toBeVisible();
    check(await page.evaluate(() => !customElements.get('rmp-viewer')), 'the loader has not run');
    const style = await viewer.locator('.rmp-card-toggle').first().evaluate((e) => getComputedStyle(e).fontWeight);
    check(Number(style) >= 600 || style === 'bold', 'styled by the stylesheet in the shadow root');
    const ready = page.evaluate(() => new Promise((resolve) => document.querySelector('rmp-viewer').addEventListener('rmp-ready', () => resolve(true))));
    release();
    await ready;
    await until(() => viewer.locator('.rmp-tabs .rmp-tab').first().isVisible(), 'taken over');
    await count(viewer.locator('details.rmp-card-details'), 0, 'the drawn-ahead viewer is gone');
    await viewer.locator('.rmp-tabs').getByRole('link', { name: '安全性検討事項' }).click();
    await count(viewer.locator('.rmp-card-heading button'), risks.length, 'six accordion buttons');
  } finally {
    rmSync(join(root, 'dist', name), { force: true });
  }
});

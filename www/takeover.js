// A viewer drawn ahead of time (`rmp render`) is taken over by the wasm with
// no visible change: the new viewer is drawn out of sight beside it, at its
// width, with the cards the reader opened open; then the two change places
// in one step, keeping the scroll position and the focus.
import { startFailure } from './failure.js';

/** The viewer drawn ahead of time in `root` (a page's #app, a shadow root), if any. */
export const drawnAhead = (root) => [...root.children].find((e) => e.classList.contains('rmp-viewer')) ?? null;

/**
 * Where no script can run the viewer: the drawn one says what is off and
 * hides those controls; its tabs say which is current as the reader's
 * links change the page shown.
 */
export function scriptless(ahead) {
  ahead.classList.add('rmp-scriptless');
  followTabs(ahead);
}

/**
 * The drawn tabs' `aria-current` follows the page a link shows (the
 * stylesheet marks the tab; `aria-current` needs a script).
 */
function followTabs(ahead) {
  const current = () => {
    if (!ahead.isConnected) return;
    const shown = [...ahead.querySelectorAll('.rmp-pages > .rmp-page')].find((p) => getComputedStyle(p).display !== 'none');
    if (!shown) return;
    const view = shown.id.startsWith('activity/') ? 'board' : shown.id;
    for (const tab of ahead.querySelectorAll('.rmp-drawn-tabs > .rmp-tab')) {
      if (tab.getAttribute('href') === `#${view}`) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
  };
  current();
  onMoves(current);
}

/**
 * Calls `f` after each move within the page and once the page has loaded
 * (when the browser applies the fragment), a frame later: after every
 * listener of the move, the opened-at sheet's too, has run. Answers how to stop.
 */
function onMoves(f) {
  const later = () => requestAnimationFrame(f);
  addEventListener('hashchange', later);
  addEventListener('load', later);
  return () => {
    removeEventListener('hashchange', later);
    removeEventListener('load', later);
  };
}

/**
 * Starts a page drawn ahead of time (`ahead`, the document's JSON in
 * `data`). The small wasm (`loadAttach()` resolves to its `attach`) makes
 * the drawn search work; the viewer (`loadViewer()` resolves to its
 * `boot`) takes the page over only when the reader needs it: at the first
 * use of a control that draws anew (language, print, charts, filters, the
 * checklist, opening a file), which then does what it does, at once
 * where this browser kept checklist ticks, or as the board shows on a
 * later day than the page was drawn (its timeline marks today). Where the
 * wasm cannot run, the page stays, saying what is off.
 */
export async function startDrawn(ahead, data, loadAttach, loadViewer) {
  let taking = null;
  const used = demands(ahead, () => want());
  // Until the viewer is there, the page and the control used say they are busy.
  const busy = (on) => [ahead, used()].forEach((e) => (on ? e?.setAttribute('aria-busy', 'true') : e?.removeAttribute('aria-busy')));
  const want = () => (busy(true), taking ??= loadViewer()
    .then((boot) => takeOver(ahead, (holder, opened) => boot(holder, opened), (drawn) => carried(drawn, used())))
    .catch((error) => {
      // The page stays as drawn; the next use tries again.
      console.error(error);
      busy(false);
      taking = null;
    }));
  try {
    const attach = await loadAttach();
    attach(ahead, data ?? '', want);
    ahead.classList.add('rmp-attached');
    followTabs(ahead);
    markToday(ahead, want);
    // A language the reader chose on an earlier visit: the viewer, which
    // reads it, comes at once.
    const kept = keptLanguage();
    if (kept && kept !== ahead.lang) want();
  } catch (error) {
    scriptless(ahead);
    console.error(error);
  }
}

/**
 * The interface language the reader chose on an earlier visit (`ja` or
 * `en`), if any: the standalone viewer keeps the choice under
 * `rmp-viewer.lang` (`LANG_KEY` in src/web/mod.rs), for every page of the
 * bundle.
 */
export function keptLanguage() {
  try {
    const kept = localStorage.getItem('rmp-viewer.lang');
    return kept === 'ja' || kept === 'en' ? kept : null;
  } catch {
    return null; // storage refused (a sandbox, a policy)
  }
}

/**
 * The timeline under the board marks the day the page was drawn. Read on
 * a later day, the board brings the viewer (`want()`) as it shows, so that
 * its mark is today's.
 */
function markToday(ahead, want) {
  const timeline = ahead.querySelector('.rmp-timeline[data-drawn-on]');
  // The browser's date as yyyy-mm-dd (Swedish writes dates so).
  if (!timeline || timeline.dataset.drawnOn === new Date().toLocaleDateString('sv')) return;
  const shown = () => {
    if (timeline.isConnected && !timeline.getClientRects().length) return;
    stop();
    if (timeline.isConnected) want();
  };
  const stop = onMoves(shown);
  shown();
}

/** The controls of a drawn viewer that need the viewer; its search and the ones the small wasm marks `data-rmp-drawn` do not. */
const CONTROLS = 'button, input, select, textarea';

/**
 * Wants the viewer (`want()`) as the reader reaches for a control of
 * `ahead` that needs it; a click on one before the viewer is there is
 * held, to be made again on its counterpart. Answers the control clicked.
 */
function demands(ahead, want) {
  let used = null;
  const control = (event) => {
    const c = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
    return c && ahead.contains(c) && !c.closest('.rmp-search, [data-rmp-drawn]') ? c : null;
  };
  const reach = (event) => {
    if (control(event)) want();
  };
  ahead.addEventListener('pointerdown', reach, true);
  ahead.addEventListener('focusin', reach, true);
  ahead.addEventListener('change', reach, true);
  ahead.addEventListener('click', (event) => {
    const c = control(event);
    if (!c) return;
    event.preventDefault();
    event.stopPropagation();
    used = c;
    want();
  }, true);
  return () => used;
}

/**
 * What the reader did in the drawn viewer `drawn` that the viewer must
 * do again, as a function of the viewer's `holder`: the query typed, the
 * fields filled in, and the control clicked (`used`), made again on its
 * counterpart once that is drawn.
 */
function carried(drawn, used) {
  const query = drawn.querySelector('#rmp-search-input')?.value;
  const changed = (e) => {
    if (e.tagName !== 'SELECT') return e.value !== e.defaultValue;
    const initial = [...e.options].findIndex((o) => o.defaultSelected);
    return e.selectedIndex !== Math.max(initial, 0);
  };
  const filled = [...drawn.querySelectorAll('input:not([type=checkbox]):not([type=file]):not([type=search]), select, textarea')]
    .filter(changed)
    .map((e) => [counterpart(drawn, e), e.value]);
  const click = used && ['button', 'checkbox', 'file'].includes(used.type) ? counterpart(drawn, used) : null;
  return async (holder) => {
    const put = (input, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    if (query) {
      const input = holder.querySelector('#rmp-search-input');
      if (input) put(input, query);
    }
    await Promise.all([
      ...filled.map(async ([find, value]) => {
        const input = await soon(() => find(holder));
        if (input) put(input, value);
      }),
      click && soon(() => click(holder)).then((control) => control?.click()),
    ]);
  };
}

/** Where `find()` answers an element, within a second (a card body is drawn after its card), or null. */
async function soon(find) {
  const until = performance.now() + 1000;
  for (;;) {
    const found = find();
    if (found || performance.now() > until) return found ?? null;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * How to find the counterpart of `control` (an element of the drawn viewer
 * `drawn`) in a viewer: by its id, else as the same kind of control, in
 * the same place, under the nearest of its ancestors named by an id or an
 * `aria-labelledby` that the viewer has too. The full plan's copies in the
 * drawn viewer have `plan-` before their ids.
 */
function counterpart(drawn, control) {
  const bare = (id) => id.replace(/^plan-/, '');
  const named = (root, [name, value]) => root.querySelector(`[${name}="${CSS.escape(value)}"]`);
  if (control.id) {
    const id = ['id', bare(control.id)];
    return (holder) => named(holder, id);
  }
  const attributes = ['type', 'class', 'part', 'name', 'data-act', 'data-item', 'aria-controls'];
  const same = (e) => attributes.every((a) => bare(e.getAttribute(a) ?? '') === bare(control.getAttribute(a) ?? ''));
  const like = (root) => [...root.querySelectorAll(control.tagName)].filter(same);
  // [the ancestor's name, or null for the whole viewer; the control's place under it]
  const places = [];
  for (let e = control.parentElement; e && e !== drawn; e = e.parentElement) {
    const name = e.id ? ['id', bare(e.id)] : e.hasAttribute('aria-labelledby') ? ['aria-labelledby', bare(e.getAttribute('aria-labelledby'))] : null;
    if (name) places.push([name, like(e).indexOf(control)]);
  }
  places.push([null, like(drawn).indexOf(control)]);
  return (holder) => {
    for (const [name, n] of places) {
      const root = name ? named(holder, name) : holder;
      if (root) return like(root)[n] ?? null;
    }
    return null;
  };
}

/** The risk cards open in the drawn viewer. */
const openIn = (ahead) => [...ahead.querySelectorAll('details.rmp-card-details[open]')].map((d) => d.dataset.risk);

/**
 * Starts the standalone page's viewer in `app`: `load()` resolves to the
 * wasm's `boot`. A viewer drawn ahead (`ahead`, or null to draw anew) is
 * taken over, and stays, saying what is off, where the wasm cannot start;
 * otherwise `app` says why.
 */
export async function startPage(app, ahead, load) {
  try {
    const boot = await load();
    if (ahead) {
      await takeOver(ahead, (holder, opened) => boot(holder, opened));
    } else {
      app.textContent = '';
      boot(app);
    }
  } catch (error) {
    if (ahead) {
      scriptless(ahead);
      console.error(error);
    } else {
      app.textContent = startFailure(error).message;
      app.setAttribute('role', 'alert');
    }
  }
}

/**
 * Draws a viewer with `start(container, opened)` beside `ahead` and, once
 * it is drawn, puts it in its place; `carry(ahead)`, just before, answers
 * what to do again in the viewer (given its container) once in place.
 */
export async function takeOver(ahead, start, carry) {
  const opened = openIn(ahead);
  const holder = document.createElement('div');
  // Exactly over the drawn viewer (an absolute box before it sits where it
  // starts), so that nothing moves when they change places.
  const { width, height } = ahead.getBoundingClientRect();
  holder.style.cssText = `position:absolute;width:${width}px;height:${height}px;overflow:clip;visibility:hidden`;
  holder.setAttribute('aria-hidden', 'true');
  // Drawn out of sight, a body the stylesheet lets the browser skip would be
  // laid out only once in sight, moving what follows: in a viewer that took
  // a page over, every open body is laid out.
  holder.setAttribute('data-rmp-taken-over', '');
  ahead.before(holder);
  let result;
  try {
    result = start(holder, opened);
    await drawn(holder);
  } catch (error) {
    holder.remove();
    throw error;
  }
  const { scrollX, scrollY } = window;
  const focus = focused(ahead);
  // Cards opened while the wasm was drawing stay open.
  const late = openIn(ahead).filter((id) => !opened.includes(id));
  const again = carry?.(ahead);
  ahead.remove();
  holder.removeAttribute('style');
  holder.removeAttribute('aria-hidden');
  for (const id of late) holder.querySelector(`[id="rmp-risk-${CSS.escape(id)}-button"][aria-expanded="false"]`)?.click();
  window.scrollTo(scrollX, scrollY);
  focus?.(holder);
  await again?.(holder);
  return result;
}

/** Resolves once the viewer in `holder` has drawn its document (or why not). */
async function drawn(holder) {
  const until = performance.now() + 10_000;
  while (!holder.querySelector('.rmp-root, .rmp-error') && performance.now() < until) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Where the focus is in `ahead`, as a way to find its counterpart in the new viewer. */
function focused(ahead) {
  const root = ahead.getRootNode();
  const active = root.activeElement;
  if (!active || !ahead.contains(active)) return null;
  const href = active.getAttribute('href');
  const text = active.textContent;
  // A card's heading: its toggle carries the accordion button's id.
  const find = active.matches('summary') && active.querySelector('[id]')
    ? counterpart(ahead, active.querySelector('[id]'))
    : href
      ? (holder) => [...holder.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === href && a.textContent === text)
      : counterpart(ahead, active);
  return (holder) => find(holder)?.focus({ preventScroll: true });
}

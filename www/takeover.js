// A viewer drawn ahead of time (`rmp render`) is taken over by the wasm with
// no visible change: the new viewer is drawn out of sight beside it, at its
// width, with the cards the reader opened open; then the two change places
// in one step, keeping the scroll position and the focus.
import { startFailure } from './failure.js';

/** The viewer drawn ahead of time in `root` (a page's #app, a shadow root), if any. */
export const drawnAhead = (root) => [...root.children].find((e) => e.classList.contains('rmp-viewer')) ?? null;

/**
 * Where no script can run the viewer: the drawn one says what is off and
 * hides those controls; its tabs say which is current as the reader's links
 * change the page shown (the stylesheet marks it; `aria-current` needs this).
 */
export function scriptless(ahead) {
  ahead.classList.add('rmp-scriptless');
  const current = () => {
    const shown = [...ahead.querySelectorAll('.rmp-pages > .rmp-page')].find((p) => getComputedStyle(p).display !== 'none');
    if (!shown) return;
    const view = shown.id.startsWith('activity/') ? 'board' : shown.id;
    for (const tab of ahead.querySelectorAll('.rmp-drawn-tabs > .rmp-tab')) {
      if (tab.getAttribute('href') === `#${view}`) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
  };
  current();
  addEventListener('hashchange', current);
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
 * it is drawn, puts it in its place.
 */
export async function takeOver(ahead, start) {
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
  ahead.remove();
  holder.removeAttribute('style');
  holder.removeAttribute('aria-hidden');
  for (const id of late) holder.querySelector(`[id="rmp-risk-${CSS.escape(id)}-button"][aria-expanded="false"]`)?.click();
  window.scrollTo(scrollX, scrollY);
  focus?.(holder);
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
  // A card's heading: its toggle carries the button's id. The full plan's
  // copies are drawn with `plan-` before their ids; the viewer's plan, alone
  // on its page, without.
  const id = (active.matches('summary') ? active.querySelector('[id]')?.id : active.id)?.replace(/^plan-/, '');
  const href = active.getAttribute('href');
  const text = active.textContent;
  return (holder) => {
    const target = (id && holder.querySelector(`[id="${CSS.escape(id)}"]`))
      || (href && [...holder.querySelectorAll('a[href]')].find((a) => a.getAttribute('href') === href && a.textContent === text));
    target?.focus({ preventScroll: true });
  };
}

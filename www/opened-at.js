// A page drawn ahead of time (`rmp render`), opened at a place (`#risks`,
// `#risk/crs`, `#activity/lun2501`), shows that place's page, and marks its
// tab, from its first paint. The stylesheet's `:target` rules do that, but
// the browser applies the fragment only once the page has loaded: after its
// module scripts, or once the whole of a large document has been read. This
// script, a classic one in the page's head after the stylesheet, runs before
// the body is drawn (once the stylesheet has loaded) and gives those rules
// again for the named element, in a constructed sheet (which a policy
// without inline styles allows); the sheet goes at the reader's first move,
// when `:target` has taken over. It comes by its address, never inline, so a
// policy without 'unsafe-inline' refuses nothing. The single file carries it
// inline, after its stylesheet, and it works the same there.
(() => {
  let place = '';
  try {
    place = decodeURIComponent(location.hash.slice(1));
  } catch {
    // Not a place the page could name.
  }
  if (!place || !('adoptedStyleSheets' in document)) return;
  let moved = false;
  addEventListener('hashchange', () => { moved = true; }, { once: true });
  const at = `#${CSS.escape(place)}`;
  const named = (rules) => [...rules].flatMap((rule) => {
    if (rule instanceof CSSMediaRule) {
      const inner = named(rule.cssRules);
      return inner.length ? [`@media ${rule.media.mediaText} { ${inner.join('\n')} }`] : [];
    }
    return rule.selectorText?.includes(':target') ? [`${rule.selectorText.replaceAll(':target', at)} { ${rule.style.cssText} }`] : [];
  });
  const give = () => {
    if (moved || document.adoptedStyleSheets.some((s) => s.rmpOpenedAt)) return;
    const rules = [...document.styleSheets].flatMap((sheet) => {
      try {
        return named(sheet.cssRules);
      } catch {
        return []; // a sheet from elsewhere, which the page may not read
      }
    });
    if (!rules.length) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    sheet.rmpOpenedAt = true;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    addEventListener('hashchange', () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }, { once: true });
  };
  // Run after the page's stylesheets, they have loaded; elsewhere (a copy run late) they may not have yet.
  const loading = [...document.querySelectorAll('link[rel=stylesheet]')].filter((link) => !link.sheet);
  if (!loading.length) return give();
  Promise.all(loading.map((link) => new Promise((done) => {
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
  }))).then(give);
})();

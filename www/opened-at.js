// A page drawn ahead of time (`rmp render`), opened at a place (`#risks`,
// `#risk/crs`, `#activity/lun2501`), shows that place's page from its first
// paint. The stylesheet's `:target` rules do the same, but the browser
// applies the fragment only once the page has loaded: after its module
// scripts, or after the whole of a large document has been read. A classic
// script in the head, so it runs before the body is drawn; the rules go in a
// constructed sheet, which a policy without inline styles allows. They are
// the `:target` rules for the named element, and are dropped at the
// reader's first move, when `:target` has taken over.
(() => {
  const place = (() => {
    try {
      return decodeURIComponent(location.hash.slice(1));
    } catch {
      return '';
    }
  })();
  if (!place || !('adoptedStyleSheets' in document)) return;
  const at = `#${CSS.escape(place)}`;
  const sheet = new CSSStyleSheet();
  // (`:has()` cannot hold another `:has()`: the outer one lists both cases.)
  sheet.replaceSync(`.rmp-page${at}, .rmp-page:has(${at}) { display: block; }
.rmp-pages:has(> .rmp-page${at}, > .rmp-page ${at}) > .rmp-page-first:not(${at}, :has(${at})) { display: none; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  addEventListener('hashchange', () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }, { once: true });
})();

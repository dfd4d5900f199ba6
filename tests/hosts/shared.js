// What every host page records for the tests: each rmp-* event, in order, on
// window.events, and each uncaught error on window.errors.
window.events = [];
window.errors = [];
window.addEventListener('error', (e) => window.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
for (const type of ['rmp-ready', 'rmp-error', 'rmp-toggle', 'rmp-navigate']) {
  document.addEventListener(type, (event) => {
    window.events.push({ type, viewer: event.target.id, detail: event.detail });
  });
}

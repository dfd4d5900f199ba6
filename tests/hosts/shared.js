// What every host page records for the tests: each rmp-* event, in order, on window.events.
window.events = [];
for (const type of ['rmp-ready', 'rmp-error', 'rmp-toggle', 'rmp-navigate']) {
  document.addEventListener(type, (event) => {
    window.events.push({ type, viewer: event.target.id, detail: event.detail });
  });
}

// The demo portal's own script: a log of every event the viewers send.
const log = document.getElementById('portal-log');
for (const type of ['rmp-ready', 'rmp-error', 'rmp-toggle', 'rmp-navigate']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.dataset.type = type;
    item.dataset.viewer = event.target.id;
    item.textContent = `${event.target.id} ${type} ${JSON.stringify(event.detail)}`;
    log.append(item);
  });
}

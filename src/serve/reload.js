// Added by `enquete serve` to every page it serves (never to a built site):
// reloads the page when the study is rebuilt, and shows the errors of an
// edit that failed over the last good page until the file is fixed.
(() => {
  'use strict';
  const script = document.currentScript;
  const built = script ? new URL(script.src).searchParams.get('build') : null;
  const events = new EventSource('/__enquete/events');
  let dialog = null;

  events.addEventListener('build', (e) => {
    if (e.data !== built) location.reload();
  });

  events.addEventListener('errors', (e) => show(e.data));

  function show(text) {
    if (!dialog) {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = '/__enquete/overlay.css';
      document.head.append(style);
      dialog = document.createElement('dialog');
      dialog.id = '__enquete-errors';
      dialog.setAttribute('aria-labelledby', '__enquete-errors-title');
      const title = document.createElement('h2');
      title.id = '__enquete-errors-title';
      title.textContent = 'The study has errors';
      const note = document.createElement('p');
      note.textContent = 'This page shows the study as it was before the edit. Fix the file and save it: the page reloads by itself.';
      const pre = document.createElement('pre');
      // Scrollable, so reachable by keyboard.
      pre.tabIndex = 0;
      pre.setAttribute('aria-label', 'Errors');
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Close';
      close.addEventListener('click', () => dialog.close());
      dialog.append(title, note, pre, close);
      document.body.append(dialog);
    }
    dialog.querySelector('pre').textContent = text;
    if (!dialog.open) dialog.showModal();
  }
})();

/**
 * "ResizeObserver loop completed with undelivered notifications" is not an exception: the browser
 * reports as an error event that it deferred some resize observations to the next frame
 * (https://github.com/w3c/csswg-drafts/issues/5488). @lit-labs/virtualizer measures rows with a
 * ResizeObserver and repositions them, which defers notifications by design. Mocha fails a test on
 * every window error; this listener, registered before Mocha's `window.onerror`, stops exactly
 * that notice and lets every other error through.
 */
const BENIGN = /^ResizeObserver loop (completed with undelivered notifications|limit exceeded)/;

window.addEventListener('error', (event) => {
  if (BENIGN.test(event.message)) event.stopImmediatePropagation();
});

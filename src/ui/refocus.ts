/**
 * Moves focus to `target` after an action that awaited AuthSec, unless the person has moved on:
 * focus that is still in `host`, or was lost (the focused control was removed or disabled), moves;
 * focus the person put anywhere else on the host page stays where it is.
 */
export function refocus(host: HTMLElement, target: HTMLElement | null | undefined): void {
  const active = document.activeElement;
  if (host.matches(':focus-within') || !active || active === document.body) target?.focus();
}

// `@authsec/elements/authsec-launch-queue.js`: registers <authsec-launch-queue> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecLaunchQueue } from './launch-queue.js';

export { AuthsecLaunchQueue };
export * from './events.js';

defineElement('authsec-launch-queue', AuthsecLaunchQueue);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-launch-queue': AuthsecLaunchQueue;
  }
}

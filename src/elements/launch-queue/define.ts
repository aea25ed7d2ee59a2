import { defineElement } from '../../ui/define-element.js';
import { AuthsecLaunchQueue } from './launch-queue.js';

defineElement('authsec-launch-queue', AuthsecLaunchQueue);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-launch-queue': AuthsecLaunchQueue;
  }
}

// `@authsec/elements/authsec-app-registration.js`: registers <authsec-app-registration> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecAppRegistration } from './app-registration.js';

export { AuthsecAppRegistration };
export * from './events.js';
export { AuthsecNavigateEvent, type NavigateDetail, type NavigateTarget } from '../shared/navigate-event.js';

defineElement('authsec-app-registration', AuthsecAppRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-app-registration': AuthsecAppRegistration;
  }
}

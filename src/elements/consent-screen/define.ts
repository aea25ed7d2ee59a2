// `@authsec/elements/authsec-consent-screen.js`: registers <authsec-consent-screen> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecConsentScreen } from './consent-screen.js';

export { AuthsecConsentScreen };
export * from './events.js';

defineElement('authsec-consent-screen', AuthsecConsentScreen);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-consent-screen': AuthsecConsentScreen;
  }
}

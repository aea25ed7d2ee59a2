import { defineElement } from '../../ui/define-element.js';
import { AuthsecConsentScreen } from './consent-screen.js';

defineElement('authsec-consent-screen', AuthsecConsentScreen);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-consent-screen': AuthsecConsentScreen;
  }
}

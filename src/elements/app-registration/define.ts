import { defineElement } from '../../ui/define-element.js';
import { AuthsecAppRegistration } from './app-registration.js';

defineElement('authsec-app-registration', AuthsecAppRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-app-registration': AuthsecAppRegistration;
  }
}

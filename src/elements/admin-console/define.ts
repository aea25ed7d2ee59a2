import { defineElement } from '../../ui/define-element.js';
import { AuthsecAdminConsole } from './admin-console.js';

defineElement('authsec-admin-console', AuthsecAdminConsole);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-admin-console': AuthsecAdminConsole;
  }
}

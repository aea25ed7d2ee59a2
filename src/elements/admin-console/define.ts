// `@authsec/elements/authsec-admin-console.js`: registers <authsec-admin-console> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecAdminConsole } from './admin-console.js';

export { AuthsecAdminConsole };
export { AuthsecNavigateEvent, type NavigateDetail, type NavigateTarget } from '../shared/navigate-event.js';

defineElement('authsec-admin-console', AuthsecAdminConsole);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-admin-console': AuthsecAdminConsole;
  }
}

// `@authsec/elements/authsec-provider.js`: registers <authsec-provider> and exports its class.
import { defineElement } from '../ui/define-element.js';
import { AuthsecProvider } from './authsec-provider.js';

export { AuthsecProvider };

defineElement('authsec-provider', AuthsecProvider);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-provider': AuthsecProvider;
  }
}

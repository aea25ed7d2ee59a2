import { defineElement } from '../ui/define-element.js';
import { AuthsecProvider } from './authsec-provider.js';

defineElement('authsec-provider', AuthsecProvider);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-provider': AuthsecProvider;
  }
}

import { defineElement } from '../../ui/define-element.js';
import { AuthsecAccessPolicy } from './access-policy.js';

defineElement('authsec-access-policy', AuthsecAccessPolicy);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-access-policy': AuthsecAccessPolicy;
  }
}

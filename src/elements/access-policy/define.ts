// `@authsec/elements/authsec-access-policy.js`: registers <authsec-access-policy> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecAccessPolicy } from './access-policy.js';

export { AuthsecAccessPolicy };
export * from './events.js';

defineElement('authsec-access-policy', AuthsecAccessPolicy);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-access-policy': AuthsecAccessPolicy;
  }
}

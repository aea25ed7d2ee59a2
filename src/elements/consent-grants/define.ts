// `@authsec/elements/authsec-consent-grants.js`: registers <authsec-consent-grants> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecConsentGrants } from './consent-grants.js';

export { AuthsecConsentGrants };
export * from './events.js';

defineElement('authsec-consent-grants', AuthsecConsentGrants);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-consent-grants': AuthsecConsentGrants;
  }
}

import { defineElement } from '../../ui/define-element.js';
import { AuthsecConsentGrants } from './consent-grants.js';

defineElement('authsec-consent-grants', AuthsecConsentGrants);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-consent-grants': AuthsecConsentGrants;
  }
}

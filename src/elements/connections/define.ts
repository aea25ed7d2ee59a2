// `@authsec/elements/authsec-connections.js`: registers <authsec-connections> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecConnections } from './connections.js';

export { AuthsecConnections };
export * from './events.js';

defineElement('authsec-connections', AuthsecConnections);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-connections': AuthsecConnections;
  }
}

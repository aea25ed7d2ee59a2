import { defineElement } from '../../ui/define-element.js';
import { AuthsecConnections } from './connections.js';

defineElement('authsec-connections', AuthsecConnections);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-connections': AuthsecConnections;
  }
}

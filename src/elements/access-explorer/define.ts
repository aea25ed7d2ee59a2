import { defineElement } from '../../ui/define-element.js';
import { AuthsecAccessExplorer } from './access-explorer.js';

defineElement('authsec-access-explorer', AuthsecAccessExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-access-explorer': AuthsecAccessExplorer;
  }
}

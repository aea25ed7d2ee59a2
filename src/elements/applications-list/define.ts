import { defineElement } from '../../ui/define-element.js';
import { AuthsecApplicationsList } from './applications-list.js';

defineElement('authsec-applications-list', AuthsecApplicationsList);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-applications-list': AuthsecApplicationsList;
  }
}

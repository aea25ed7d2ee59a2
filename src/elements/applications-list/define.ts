// `@authsec/elements/authsec-applications-list.js`: registers <authsec-applications-list> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecApplicationsList } from './applications-list.js';

export { AuthsecApplicationsList };
export { AuthsecNavigateEvent, type NavigateDetail, type NavigateTarget } from '../shared/navigate-event.js';

defineElement('authsec-applications-list', AuthsecApplicationsList);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-applications-list': AuthsecApplicationsList;
  }
}

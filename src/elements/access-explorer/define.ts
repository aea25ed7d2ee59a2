// `@authsec/elements/authsec-access-explorer.js`: registers <authsec-access-explorer> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecAccessExplorer } from './access-explorer.js';

export { AuthsecAccessExplorer };
export { AuthsecBindingAddedEvent, type BindingDetail } from '../access-policy/events.js';
export { AuthsecNavigateEvent, type NavigateDetail, type NavigateTarget } from '../shared/navigate-event.js';

defineElement('authsec-access-explorer', AuthsecAccessExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-access-explorer': AuthsecAccessExplorer;
  }
}

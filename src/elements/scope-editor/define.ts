// `@authsec/elements/authsec-scope-editor.js`: registers <authsec-scope-editor> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecScopeEditor } from './scope-editor.js';

export { AuthsecScopeEditor };
export * from './events.js';

defineElement('authsec-scope-editor', AuthsecScopeEditor);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-scope-editor': AuthsecScopeEditor;
  }
}

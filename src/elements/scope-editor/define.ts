import { defineElement } from '../../ui/define-element.js';
import { AuthsecScopeEditor } from './scope-editor.js';

defineElement('authsec-scope-editor', AuthsecScopeEditor);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-scope-editor': AuthsecScopeEditor;
  }
}

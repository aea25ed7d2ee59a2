import { defineElement } from '../../ui/define-element.js';
import { AuthsecToolScopeMapper } from './tool-scope-mapper.js';

defineElement('authsec-tool-scope-mapper', AuthsecToolScopeMapper);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-tool-scope-mapper': AuthsecToolScopeMapper;
  }
}

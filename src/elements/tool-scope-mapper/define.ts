// `@authsec/elements/authsec-tool-scope-mapper.js`: registers <authsec-tool-scope-mapper> and exports its class and the events it dispatches.
import { defineElement } from '../../ui/define-element.js';
import { AuthsecToolScopeMapper } from './tool-scope-mapper.js';

export { AuthsecToolScopeMapper };
export * from './events.js';

defineElement('authsec-tool-scope-mapper', AuthsecToolScopeMapper);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-tool-scope-mapper': AuthsecToolScopeMapper;
  }
}

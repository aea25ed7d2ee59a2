/**
 * Internal building blocks shared by every AuthSec element, so they look and behave like one
 * product. Importing this module defines all `authsec-ui-*` tags.
 */
export { defineElement } from './define-element.js';
export { MessagesController } from './messages-controller.js';
export { TONES, type Tone } from './tone.js';
export { AuthsecUiButton, type ButtonSize, type ButtonVariant } from './button.js';
export { AuthsecUiBadge } from './badge.js';
export { AuthsecUiStatusPill, STATUS_GLYPHS } from './status-pill.js';
export { AuthsecUiCopiedEvent, AuthsecUiCopyField } from './copy-field.js';
export { AuthsecUiConfirmDialog } from './confirm-dialog.js';
export { AuthsecUiDrawer } from './drawer.js';
export { AuthsecUiRetryEvent, AuthsecUiState, type StateKind } from './state.js';

import { AuthsecUiBadge as Badge } from './badge.js';
import { AuthsecUiButton as Button } from './button.js';
import { AuthsecUiConfirmDialog as ConfirmDialog } from './confirm-dialog.js';
import { AuthsecUiCopyField as CopyField } from './copy-field.js';
import { AuthsecUiDrawer as Drawer } from './drawer.js';
import { defineElement as define } from './define-element.js';
import { AuthsecUiState as State } from './state.js';
import { AuthsecUiStatusPill as StatusPill } from './status-pill.js';

/** Every building block by tag. */
export const uiElements = {
  'authsec-ui-button': Button,
  'authsec-ui-badge': Badge,
  'authsec-ui-status-pill': StatusPill,
  'authsec-ui-copy-field': CopyField,
  'authsec-ui-confirm-dialog': ConfirmDialog,
  'authsec-ui-drawer': Drawer,
  'authsec-ui-state': State,
} as const;

/**
 * Makes sure every `authsec-ui-*` tag is defined (idempotent). Each module already defines its tag
 * on import, but a bare `import './ui/index.js'` can be dropped by bundlers that honour
 * `package.json#sideEffects`; calling this keeps the modules in the bundle.
 */
export function defineUiElements(): void {
  for (const [tag, ctor] of Object.entries(uiElements)) define(tag, ctor);
}

/**
 * Every event an AuthSec element dispatches, with its `detail` type, and the map from event name to
 * class. Importing any entry of the package (or just this module's types) types `addEventListener`
 * for these names through the `GlobalEventHandlersEventMap` augmentations in the events files.
 */
import type { AuthsecBindingAddedEvent, AuthsecBindingRemovedEvent, AuthsecPolicyChangedEvent } from './elements/access-policy/events.js';
import type { AuthsecApplicationCreatedEvent, AuthsecApplicationUpdatedEvent, AuthsecSecretRotatedEvent } from './elements/app-registration/events.js';
import type { AuthsecConnectionChangedEvent } from './elements/connections/events.js';
import type { AuthsecGrantRevokedEvent } from './elements/consent-grants/events.js';
import type { AuthsecConsentDecidedEvent } from './elements/consent-screen/events.js';
import type { AuthsecActivatedEvent, AuthsecDriftDismissedEvent } from './elements/launch-queue/events.js';
import type { AuthsecScopesChangedEvent } from './elements/scope-editor/events.js';
import type { AuthsecNavigateEvent } from './elements/shared/navigate-event.js';
import type { AuthsecCountersChangedEvent, AuthsecMappingSavedEvent } from './elements/tool-scope-mapper/events.js';

export { AuthsecDetailEvent } from './elements/shared/detail-event.js';
export * from './elements/access-policy/events.js';
export * from './elements/app-registration/events.js';
export * from './elements/connections/events.js';
export * from './elements/consent-grants/events.js';
export * from './elements/consent-screen/events.js';
export * from './elements/launch-queue/events.js';
export * from './elements/scope-editor/events.js';
export * from './elements/tool-scope-mapper/events.js';

/** Event name → event class, for every event an AuthSec element dispatches (what framework typings key on). */
export interface AuthsecEventMap {
  'authsec-activated': AuthsecActivatedEvent;
  'authsec-application-created': AuthsecApplicationCreatedEvent;
  'authsec-application-updated': AuthsecApplicationUpdatedEvent;
  'authsec-binding-added': AuthsecBindingAddedEvent;
  'authsec-binding-removed': AuthsecBindingRemovedEvent;
  'authsec-connection-changed': AuthsecConnectionChangedEvent;
  'authsec-consent-decided': AuthsecConsentDecidedEvent;
  'authsec-counters-changed': AuthsecCountersChangedEvent;
  'authsec-drift-dismissed': AuthsecDriftDismissedEvent;
  'authsec-grant-revoked': AuthsecGrantRevokedEvent;
  'authsec-mapping-saved': AuthsecMappingSavedEvent;
  'authsec-navigate': AuthsecNavigateEvent;
  'authsec-policy-changed': AuthsecPolicyChangedEvent;
  'authsec-scopes-changed': AuthsecScopesChangedEvent;
  'authsec-secret-rotated': AuthsecSecretRotatedEvent;
}

/** Events of `<authsec-launch-queue>`. */
import type { DriftEventType } from '../../api/drift-events.js';
import type { NavigateTarget } from '../../model/readiness.js';

export type { NavigateTarget } from '../../model/readiness.js';

export interface NavigateDetail {
  /** Where the admin asked to go; the host's router decides what that means. */
  readonly target: NavigateTarget;
  readonly applicationId: string;
}

/**
 * The admin asked to go somewhere (Tools, Scopes, Access…). Cancelable: a host that handles it
 * may call `preventDefault()`; the element itself never navigates.
 */
export class AuthsecNavigateEvent extends Event {
  static readonly eventName = 'authsec-navigate';
  readonly detail: NavigateDetail;
  constructor(target: NavigateTarget, applicationId: string) {
    super(AuthsecNavigateEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = { target, applicationId };
  }
}

export interface ActivatedDetail {
  readonly applicationId: string;
}

/** The application was activated: its policy is live (`POST …/activate` answered `ready`). */
export class AuthsecActivatedEvent extends Event {
  static readonly eventName = 'authsec-activated';
  readonly detail: ActivatedDetail;
  constructor(applicationId: string) {
    super(AuthsecActivatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { applicationId };
  }
}

export interface DriftDismissedDetail {
  readonly applicationId: string;
  readonly eventId: string;
  readonly eventType: DriftEventType;
}

/** The admin dismissed a drift event (for themselves only). */
export class AuthsecDriftDismissedEvent extends Event {
  static readonly eventName = 'authsec-drift-dismissed';
  readonly detail: DriftDismissedDetail;
  constructor(applicationId: string, eventId: string, eventType: DriftEventType) {
    super(AuthsecDriftDismissedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { applicationId, eventId, eventType };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-navigate': AuthsecNavigateEvent;
    'authsec-activated': AuthsecActivatedEvent;
    'authsec-drift-dismissed': AuthsecDriftDismissedEvent;
  }
}

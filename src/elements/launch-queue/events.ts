/** Events of `<authsec-launch-queue>`. */
import type { DriftEventType } from '../../api/drift-events.js';
export { AuthsecNavigateEvent, type NavigateDetail, type NavigateTarget } from '../shared/navigate-event.js';

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
    'authsec-activated': AuthsecActivatedEvent;
    'authsec-drift-dismissed': AuthsecDriftDismissedEvent;
  }
}

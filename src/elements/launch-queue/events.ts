/** Events of `<authsec-launch-queue>`. */
import type { DriftEventType } from '../../api/drift-events.js';
import { AuthsecDetailEvent } from '../shared/detail-event.js';
export { AuthsecNavigateEvent, type NavigateDetail, type NavigateTarget } from '../shared/navigate-event.js';

export interface ActivatedDetail {
  readonly applicationId: string;
}

/** The application was activated: its policy is live (`POST …/activate` answered `ready`). */
export class AuthsecActivatedEvent extends AuthsecDetailEvent<ActivatedDetail> {
  static readonly eventName = 'authsec-activated';
  constructor(applicationId: string) {
    super(AuthsecActivatedEvent.eventName, { applicationId });
  }
}

export interface DriftDismissedDetail {
  readonly applicationId: string;
  readonly eventId: string;
  readonly eventType: DriftEventType;
}

/** The admin dismissed a drift event (for themselves only). */
export class AuthsecDriftDismissedEvent extends AuthsecDetailEvent<DriftDismissedDetail> {
  static readonly eventName = 'authsec-drift-dismissed';
  constructor(applicationId: string, eventId: string, eventType: DriftEventType) {
    super(AuthsecDriftDismissedEvent.eventName, { applicationId, eventId, eventType });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-activated': AuthsecActivatedEvent;
    'authsec-drift-dismissed': AuthsecDriftDismissedEvent;
  }
}

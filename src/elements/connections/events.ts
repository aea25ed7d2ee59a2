/** Events of `<authsec-connections>`. */
import { AuthsecDetailEvent } from '../shared/detail-event.js';

export interface ConnectionChangedDetail {
  readonly action: 'pre-registered' | 'revoked' | 'approved' | 'denied' | 'redirects-approved';
  /** The client's OAuth `client_id`. */
  readonly clientId: string;
}

/** A client of the application was pre-registered, revoked, approved or denied, or its new redirect URIs approved. */
export class AuthsecConnectionChangedEvent extends AuthsecDetailEvent<ConnectionChangedDetail> {
  static readonly eventName = 'authsec-connection-changed';
  constructor(action: ConnectionChangedDetail['action'], clientId: string) {
    super(AuthsecConnectionChangedEvent.eventName, { action, clientId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-connection-changed': AuthsecConnectionChangedEvent;
  }
}

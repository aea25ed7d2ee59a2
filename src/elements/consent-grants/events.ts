/** Events of `<authsec-consent-grants>`. */
import { AuthsecDetailEvent } from '../shared/detail-event.js';

export interface GrantRevokedDetail {
  /** The remembered consents revoked (their ids). */
  readonly grantIds: readonly string[];
  /** Whose they were. */
  readonly userId: string;
}

/** Remembered consents were revoked: the clients lose access at their next check and must ask again. */
export class AuthsecGrantRevokedEvent extends AuthsecDetailEvent<GrantRevokedDetail> {
  static readonly eventName = 'authsec-grant-revoked';
  constructor(grantIds: readonly string[], userId: string) {
    super(AuthsecGrantRevokedEvent.eventName, { grantIds, userId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-grant-revoked': AuthsecGrantRevokedEvent;
  }
}

/** Events of `<authsec-scope-editor>`. */
import { AuthsecDetailEvent } from '../shared/detail-event.js';

export interface ScopesChangedDetail {
  readonly action: 'created' | 'updated' | 'deleted';
  readonly scope: string;
}

/** A scope was created, edited or deleted (hosts refresh what depends on scopes, e.g. the mapper). */
export class AuthsecScopesChangedEvent extends AuthsecDetailEvent<ScopesChangedDetail> {
  static readonly eventName = 'authsec-scopes-changed';
  constructor(action: ScopesChangedDetail['action'], scope: string) {
    super(AuthsecScopesChangedEvent.eventName, { action, scope });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-scopes-changed': AuthsecScopesChangedEvent;
  }
}

/** Events of `<authsec-scope-editor>`. */

export interface ScopesChangedDetail {
  readonly action: 'created' | 'updated' | 'deleted';
  readonly scope: string;
}

/** A scope was created, edited or deleted (hosts refresh what depends on scopes, e.g. the mapper). */
export class AuthsecScopesChangedEvent extends Event {
  static readonly eventName = 'authsec-scopes-changed';
  readonly detail: ScopesChangedDetail;
  constructor(action: ScopesChangedDetail['action'], scope: string) {
    super(AuthsecScopesChangedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { action, scope };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-scopes-changed': AuthsecScopesChangedEvent;
  }
}

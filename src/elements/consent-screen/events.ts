/** Events of `<authsec-consent-screen>`. */

/** What happened on the consent screen: the person allowed or denied, or a remembered consent let the client through. */
export type ConsentOutcome = 'allow' | 'deny' | 'auto-approved';

export interface ConsentDecidedDetail {
  readonly decision: ConsentOutcome;
  /** Scopes granted (empty for a denial). Never a code or a token. */
  readonly grantedScopes: readonly string[];
  /** Host the browser is about to return to. */
  readonly redirectHost: string;
}

/**
 * Fired after AuthSec recorded the decision and before the browser leaves the page. Cancel it to
 * take over navigation (e.g. close a popup first), then call `continue()` to go on.
 */
export class AuthsecConsentDecidedEvent extends Event {
  static readonly eventName = 'authsec-consent-decided';
  readonly detail: ConsentDecidedDetail;
  readonly #go: () => void;

  constructor(detail: ConsentDecidedDetail, go: () => void) {
    super(AuthsecConsentDecidedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
    this.#go = go;
  }

  /** Navigates to the client's redirect URI (AuthSec's `redirect_to`). */
  continue(): void {
    this.#go();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-consent-decided': AuthsecConsentDecidedEvent;
  }
}

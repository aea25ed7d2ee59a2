/** The shape of every AuthSec element event: bubbling, composed (crosses shadow roots), typed `detail`. */
export class AuthsecDetailEvent<T> extends Event {
  readonly detail: T;
  constructor(type: string, detail: T, init: { readonly cancelable?: boolean } = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = detail;
  }
}

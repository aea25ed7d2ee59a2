/**
 * `authsec-navigate`: the one navigation request every AuthSec admin element fires (the launch
 * queue's next steps, the applications list's rows and next actions, the admin console's tabs).
 * A host with its own router handles it and calls `preventDefault()`; the admin console follows
 * it itself when nobody did.
 */
import type { NavigateTarget } from '../../model/console-navigation.js';
import { AuthsecDetailEvent } from './detail-event.js';

export type { NavigateTarget } from '../../model/console-navigation.js';

export interface NavigateDetail {
  /** Where the admin asked to go; the host's router decides what that means. */
  readonly target: NavigateTarget;
  /** The application it concerns; empty for the list and for a new registration. */
  readonly applicationId: string;
}

/**
 * The admin asked to go somewhere (Tools, Scopes, Access…). Cancelable: a host that handles it
 * may call `preventDefault()`; the element that fired it never navigates the page.
 */
export class AuthsecNavigateEvent extends AuthsecDetailEvent<NavigateDetail> {
  static readonly eventName = 'authsec-navigate';
  constructor(target: NavigateTarget, applicationId: string) {
    super(AuthsecNavigateEvent.eventName, { target, applicationId }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-navigate': AuthsecNavigateEvent;
  }
}

/** Events of `<authsec-access-policy>`. Ids and role names only: no emails or tokens. */

export interface PolicyChangedDetail {
  readonly enabled: boolean;
  /** The default role after the save (may be set while the policy is off). */
  readonly defaultRoleId: string | undefined;
  readonly defaultRoleName: string | undefined;
}

/** The default access policy was saved (switched on or off, or its default role changed). */
export class AuthsecPolicyChangedEvent extends Event {
  static readonly eventName = 'authsec-policy-changed';
  readonly detail: PolicyChangedDetail;
  constructor(detail: PolicyChangedDetail) {
    super(AuthsecPolicyChangedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface BindingDetail {
  readonly bindingId: string;
  readonly userId: string;
  readonly roleId: string;
  readonly roleName: string;
}

/** An exception was added: a user got a role on this application (`POST …/bindings`). */
export class AuthsecBindingAddedEvent extends Event {
  static readonly eventName = 'authsec-binding-added';
  readonly detail: BindingDetail;
  constructor(detail: BindingDetail) {
    super(AuthsecBindingAddedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** An exception was removed (`DELETE …/bindings/:binding_id`). */
export class AuthsecBindingRemovedEvent extends Event {
  static readonly eventName = 'authsec-binding-removed';
  readonly detail: BindingDetail;
  constructor(detail: BindingDetail) {
    super(AuthsecBindingRemovedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-policy-changed': AuthsecPolicyChangedEvent;
    'authsec-binding-added': AuthsecBindingAddedEvent;
    'authsec-binding-removed': AuthsecBindingRemovedEvent;
  }
}

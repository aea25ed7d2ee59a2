/** Events of `<authsec-access-policy>`. Ids and role names only: no emails or tokens. */
import { AuthsecDetailEvent } from '../shared/detail-event.js';

export interface PolicyChangedDetail {
  readonly enabled: boolean;
  /** The default role after the save (may be set while the policy is off). */
  readonly defaultRoleId: string | undefined;
  readonly defaultRoleName: string | undefined;
}

/** The default access policy was saved (switched on or off, or its default role changed). */
export class AuthsecPolicyChangedEvent extends AuthsecDetailEvent<PolicyChangedDetail> {
  static readonly eventName = 'authsec-policy-changed';
  constructor(detail: PolicyChangedDetail) {
    super(AuthsecPolicyChangedEvent.eventName, detail);
  }
}

export interface BindingDetail {
  readonly bindingId: string;
  readonly userId: string;
  readonly roleId: string;
  readonly roleName: string;
}

/** An exception was added: a user got a role on this application (`POST …/bindings`). */
export class AuthsecBindingAddedEvent extends AuthsecDetailEvent<BindingDetail> {
  static readonly eventName = 'authsec-binding-added';
  constructor(detail: BindingDetail) {
    super(AuthsecBindingAddedEvent.eventName, detail);
  }
}

/** An exception was removed (`DELETE …/bindings/:binding_id`). */
export class AuthsecBindingRemovedEvent extends AuthsecDetailEvent<BindingDetail> {
  static readonly eventName = 'authsec-binding-removed';
  constructor(detail: BindingDetail) {
    super(AuthsecBindingRemovedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-policy-changed': AuthsecPolicyChangedEvent;
    'authsec-binding-added': AuthsecBindingAddedEvent;
    'authsec-binding-removed': AuthsecBindingRemovedEvent;
  }
}

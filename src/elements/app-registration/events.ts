/** Events of `<authsec-app-registration>`. None of them ever carries the introspection secret. */
import type { ApplicationType, RegistrationMode, ResourceServer } from '../../api/resource-servers.js';
import { AuthsecDetailEvent } from '../shared/detail-event.js';

/** The registered application as the host may use it (navigate to it, refresh a list). No secret. */
export interface CreatedApplication {
  readonly id: string;
  readonly name: string;
  readonly application_type: ApplicationType;
  readonly public_base_url: string;
  readonly protected_base_path: string;
  readonly registration_modes: readonly RegistrationMode[];
  readonly resource_uri: string;
  readonly issuer_url: string;
  readonly jwks_uri: string;
  readonly introspection_endpoint: string;
  readonly scope_matrix_url: string | undefined;
  readonly manifest_url: string | undefined;
  readonly scopes_supported: readonly string[];
  readonly status: string | undefined;
}

export interface ApplicationCreatedDetail {
  readonly application: CreatedApplication;
}

export interface ApplicationUpdatedDetail {
  readonly application: ResourceServer;
  /** The Resource URI changed: clients must be told the new audience. */
  readonly resourceUriChanged: boolean;
}

export interface SecretRotatedDetail {
  readonly applicationId: string;
}

/** An application was registered (AuthSec accepted the registration). */
export class AuthsecApplicationCreatedEvent extends AuthsecDetailEvent<ApplicationCreatedDetail> {
  static readonly eventName = 'authsec-application-created';
  constructor(application: CreatedApplication) {
    super(AuthsecApplicationCreatedEvent.eventName, { application });
  }
}

/** Name, Public Base URL or Protected Path of an application changed. */
export class AuthsecApplicationUpdatedEvent extends AuthsecDetailEvent<ApplicationUpdatedDetail> {
  static readonly eventName = 'authsec-application-updated';
  constructor(application: ResourceServer, resourceUriChanged: boolean) {
    super(AuthsecApplicationUpdatedEvent.eventName, { application, resourceUriChanged });
  }
}

/** The introspection secret was rotated. Carries only the application id: never the secret. */
export class AuthsecSecretRotatedEvent extends AuthsecDetailEvent<SecretRotatedDetail> {
  static readonly eventName = 'authsec-secret-rotated';
  constructor(applicationId: string) {
    super(AuthsecSecretRotatedEvent.eventName, { applicationId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-application-created': AuthsecApplicationCreatedEvent;
    'authsec-application-updated': AuthsecApplicationUpdatedEvent;
    'authsec-secret-rotated': AuthsecSecretRotatedEvent;
  }
}

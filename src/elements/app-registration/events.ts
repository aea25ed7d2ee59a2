/** Events of `<authsec-app-registration>`. None of them ever carries the introspection secret. */
import type { ApplicationType, RegistrationMode, ResourceServer } from '../../api/resource-servers.js';

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

/** An application was registered (`POST /authsec/resource-servers` succeeded). */
export class AuthsecApplicationCreatedEvent extends Event {
  static readonly eventName = 'authsec-application-created';
  readonly detail: { readonly application: CreatedApplication };
  constructor(application: CreatedApplication) {
    super(AuthsecApplicationCreatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { application };
  }
}

/** Name, Public Base URL or Protected Path of an application changed (`PUT …/:id`). */
export class AuthsecApplicationUpdatedEvent extends Event {
  static readonly eventName = 'authsec-application-updated';
  readonly detail: { readonly application: ResourceServer; readonly resourceUriChanged: boolean };
  constructor(application: ResourceServer, resourceUriChanged: boolean) {
    super(AuthsecApplicationUpdatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { application, resourceUriChanged };
  }
}

/** The introspection secret was rotated. Carries only the application id: never the secret. */
export class AuthsecSecretRotatedEvent extends Event {
  static readonly eventName = 'authsec-secret-rotated';
  readonly detail: { readonly applicationId: string };
  constructor(applicationId: string) {
    super(AuthsecSecretRotatedEvent.eventName, { bubbles: true, composed: true });
    this.detail = { applicationId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-application-created': AuthsecApplicationCreatedEvent;
    'authsec-application-updated': AuthsecApplicationUpdatedEvent;
    'authsec-secret-rotated': AuthsecSecretRotatedEvent;
  }
}

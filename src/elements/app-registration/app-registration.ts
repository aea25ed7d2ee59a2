import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AuthsecError } from '../../api/errors.js';
import {
  createResourceServer, getResourceServer, rotateIntrospectionSecret, updateResourceServer,
  type ResourceServerCreated, type ResourceServerState, type ResourceServer,
} from '../../api/resource-servers.js';
import { listScopePresets, type ScopePreset } from '../../api/scope-presets.js';
import type { RegistrationMode } from '../../api/wire.js';
import { AuthsecElement } from '../../context/authsec-element.js';
import { errorMessageKey, registerDefaults, type MessageKey } from '../../i18n/catalog.js';
import { registrationEn } from '../../i18n/messages/registration.en.js';
import { appSlug } from '../../model/app-slug.js';
import { presetScopes } from '../../model/preset-scopes.js';
import {
  checkEdit, checkRegistration, createRequest, emptyDraft, firstProblemField, previewResourceUri,
  REGISTRATION_APP_TYPES, REGISTRATION_MODES, serverProblem, updateRequest,
  type EditDraft, type RegistrationDraft, type RegistrationField, type RegistrationProblems,
} from '../../model/registration-form.js';
import { composeResourceUri } from '../../model/resource-uri.js';
import {
  configFromApplication, configFromCreated, sdkSnippet, SECRET_ENV, SNIPPET_LANGUAGES,
  type SdkConfigValues, type SnippetLanguage,
} from '../../model/sdk-snippets.js';
import { clampText, revealHidden } from '../../model/text-safety.js';
import '../../ui/badge.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import '../../ui/copy-field.js';
import '../../ui/state.js';
import '../../ui/status-pill.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import type { Tone } from '../../ui/tone.js';
import { appRegistrationStyles } from './app-registration.styles.js';
import { AuthsecApplicationCreatedEvent, AuthsecApplicationUpdatedEvent, AuthsecSecretRotatedEvent, type CreatedApplication } from './events.js';
import { refocus } from '../../ui/refocus.js';

registerDefaults(registrationEn);

/** Stand-in while the secret is masked, so it is not in the DOM until the person reveals it. */
const MASK = '••••••••••••••••••••••••';
const STATE_TONE: Readonly<Record<ResourceServerState, Tone>> = { pending_scan: 'info', needs_setup: 'warning', ready: 'success', scan_failed: 'danger' };
const FIELD_INPUT: Readonly<Record<RegistrationField, string>> = {
  name: 'name', publicBaseUrl: 'url', protectedPath: 'path', applicationType: 'type-mcp_server', presetId: 'preset', registrationModes: 'mode-dcr',
};
const FIELD_LABEL: Readonly<Record<RegistrationField, MessageKey>> = {
  name: 'registration.field.name', publicBaseUrl: 'registration.field.url', protectedPath: 'registration.field.path',
  applicationType: 'registration.field.type', presetId: 'registration.field.preset', registrationModes: 'registration.field.modes',
};

interface Created {
  readonly application: CreatedApplication;
  readonly values: SdkConfigValues;
}

/**
 * Registers an Application with AuthSec ("Install protection"): name, Public Base URL and
 * Protected Path compose the Resource URI; a scope preset seeds scopes in the application's slug
 * namespace. On success it shows the introspection secret once, with SDK configuration for Python,
 * Go, TypeScript and `.env`. With `application-id` it shows that application's credentials, rotates
 * the secret and edits the name and URL.
 *
 * The secret is held in a private field only: never in an attribute, an event, storage or a log.
 * It is in the DOM only while revealed, and "I've stored it" removes it from the DOM and memory.
 *
 * @summary Register an application; one-time secret; SDK config; credentials and rotation.
 * @tag authsec-app-registration
 * @status stable
 *
 * @fires authsec-application-created - After registration (detail: application, without the secret).
 * @fires authsec-application-updated - After name, Public Base URL or Protected Path changed (detail: application, resourceUriChanged).
 * @fires authsec-secret-rotated - After the introspection secret was rotated (detail: applicationId only).
 *
 * @csspart form - The registration or edit form.
 * @csspart resource-uri - The live Resource URI preview.
 * @csspart secret - The one-time secret panel.
 * @csspart credentials - The credentials list.
 * @csspart snippets - The SDK configuration tabs.
 */
export class AuthsecAppRegistration extends AuthsecElement {
  static override styles = appRegistrationStyles;

  /** The one-time secret and the application it belongs to. Never reflected, rendered only while revealed. */
  #secret: { appId: string; value: string } | undefined;

  @state() private draft: RegistrationDraft = emptyDraft();
  @state() private touched = new Set<RegistrationField>();
  @state() private serverErrors: Partial<Record<RegistrationField, string>> = {};
  @state() private failure = '';
  @state() private busy = false;
  @state() private announcement = '';
  @state() private created?: Created;
  @state() private revealed = false;
  @state() private secretHandled = false;
  @state() private secretStatus = '';
  @state() private secretDismissed = false;
  @state() private tab: SnippetLanguage = 'python';
  @state() private snippetStatus = '';
  @state() private advancedOpen = false;
  @state() private edit?: EditDraft;
  @state() private editTouched = false;

  /** Existing application (AuthSec resource server id): shows its credentials instead of the form. */
  @property({ attribute: 'application-id' }) applicationId?: string;

  /**
   * AuthSec's OAuth issuer URL, when it is not the API base URL (the default). The credentials of an
   * existing application derive the JWKS, introspection and SDK URLs from it, as AuthSec does.
   */
  @property() issuer?: string;

  /**
   * Auditors: credentials and SDK snippets are shown without Rotate or Edit; without
   * `application-id` there is no registration form.
   */
  @property({ type: Boolean, reflect: true }) readonly = false;

  private readonly presets = new Task(this, {
    args: () => [this.client, this.applicationId] as const,
    task: async ([client, id], { signal }) => (client && !id ? (await client.call(listScopePresets, { signal })).presets : undefined),
  });

  private readonly app = new Task(this, {
    args: () => [this.client, this.applicationId] as const,
    task: async ([client, id], { signal }) => (client && id ? client.call(getResourceServer, { params: { id }, signal }) : undefined),
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('applicationId') && changed.get('applicationId') !== undefined) {
      // Another application: its edits and any secret of the previous one do not belong here.
      this.edit = undefined;
      this.failure = '';
      if (this.#secret && this.#secret.appId !== this.applicationId) this.#forgetSecret();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed panel cannot show the secret again: drop it from memory too.
    this.#forgetSecret();
  }

  override render() {
    return html`<section aria-labelledby="heading">
      <h2 id="heading" class="heading">${this.applicationId ? this.t('registration.credentialsHeading') : this.t('registration.heading')}</h2>
      <p class="sr-only" role="status">${this.announcement}</p>
      ${this.applicationId
        ? this.#existing()
        : this.created
          ? this.#createdView(this.created)
          : this.readonly
            ? html`<authsec-ui-state kind="empty" .locale=${this.locale}></authsec-ui-state>`
            : this.#register()}
    </section>`;
  }

  // ───────────────────────────── register ─────────────────────────────

  #register(): TemplateResult {
    const error = this.presets.error;
    if (this.presets.status === TaskStatus.ERROR && error instanceof AuthsecError && (error.code === 'forbidden' || error.code === 'unauthorized' || error.code === 'session_expired')) {
      return this.#errorState(error, () => void this.presets.run());
    }
    return this.#form();
  }

  #presetList(): readonly ScopePreset[] {
    return this.presets.value ?? [];
  }

  /** The chosen preset: the admin's pick, else the recommended one. */
  #preset(): ScopePreset | undefined {
    const list = this.#presetList();
    return list.find((p) => p.id === this.draft.presetId) ?? list.find((p) => p.recommended) ?? list[0];
  }

  #problems(): RegistrationProblems {
    return checkRegistration(this.draft, this.touched);
  }

  #fieldError(field: RegistrationField, problems: RegistrationProblems): string {
    const server = this.serverErrors[field];
    if (server) return server;
    const problem = problems[field];
    if (!problem) return '';
    return this.t(`registration.problem.${problem}`, { path: safe(this.draft.protectedPath.trim(), 60) });
  }

  #set(field: RegistrationField, patch: Partial<RegistrationDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.touched = new Set(this.touched).add(field);
    if (this.serverErrors[field] || (field === 'protectedPath' && this.serverErrors.publicBaseUrl)) {
      const rest = { ...this.serverErrors };
      delete rest[field];
      // A duplicate Resource URI is fixed by changing either the URL or the path.
      if (field === 'protectedPath') delete rest.publicBaseUrl;
      this.serverErrors = rest;
    }
  }

  #form(): TemplateResult {
    const d = this.draft;
    const problems = this.#problems();
    const err = (field: RegistrationField) => this.#fieldError(field, problems);
    const uri = previewResourceUri(d.publicBaseUrl, d.protectedPath);
    const onEnter = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && e.target instanceof HTMLInputElement && (e.target.type === 'text' || e.target.type === 'url')) void this.#submit(e);
    };
    return html`<p class="muted">${this.t('registration.intro')}</p>
      <form part="form" class="card" novalidate aria-labelledby="heading" @submit=${(e: Event) => void this.#submit(e)} @keydown=${onEnter}>
        ${this.#textField('name', 'name', d.name, err('name'), 'registration.field.name', 'registration.field.nameHint', (v) => this.#set('name', { name: v }))}
        ${this.#textField('url', 'publicBaseUrl', d.publicBaseUrl, err('publicBaseUrl'), 'registration.field.url', 'registration.field.urlHint', (v) => this.#set('publicBaseUrl', { publicBaseUrl: v }), 'url')}
        ${this.#textField('path', 'protectedPath', d.protectedPath, err('protectedPath'), 'registration.field.path', 'registration.field.pathHint', (v) => this.#set('protectedPath', { protectedPath: v }))}
        <div part="resource-uri" class="resource-uri">
          <span id="uri-label" class="muted">${this.t('registration.resourceUri')}</span>
          <output id="resource-uri" aria-labelledby="uri-label" dir="ltr" class=${uri ? '' : 'pending'}>${uri ? safe(uri, 400) : this.t('registration.resourceUriPending')}</output>
          <span class="muted">${this.t('registration.resourceUriHint')}</span>
        </div>
        <fieldset>
          <legend>${this.t('registration.field.type')}</legend>
          ${REGISTRATION_APP_TYPES.map((type) => html`<div class="choice">
            <input type="radio" id=${`type-${type}`} name="application_type" value=${type} .checked=${live(d.applicationType === type)}
              aria-describedby=${`type-${type}-hint`} @change=${() => this.#set('applicationType', { applicationType: type })} />
            <label for=${`type-${type}`}>${this.t(`registration.type.${type}`)}
              <span id=${`type-${type}-hint`} class="muted">${this.t(`registration.type.${type}Hint`)}</span></label>
          </div>`)}
        </fieldset>
        ${this.#presetField()}
        <details ?open=${this.advancedOpen} @toggle=${(e: Event) => (this.advancedOpen = (e.target as HTMLDetailsElement).open)}>
          <summary>${this.t('registration.advanced')}</summary>
          <fieldset aria-describedby="modes-hint modes-error">
            <legend>${this.t('registration.field.modes')}</legend>
            <p id="modes-hint" class="muted">${this.t('registration.field.modesHint')}</p>
            ${REGISTRATION_MODES.map((mode) => html`<div class="choice">
              <input type="checkbox" id=${`mode-${mode}`} .checked=${live(d.registrationModes.includes(mode))}
                aria-invalid=${err('registrationModes') ? 'true' : 'false'}
                @change=${(e: Event) => this.#toggleMode(mode, (e.target as HTMLInputElement).checked)} />
              <label for=${`mode-${mode}`}>${this.t(`registration.mode.${mode}`)}</label>
            </div>`)}
            <p id="modes-error" class="error" aria-live="polite">${err('registrationModes')}</p>
          </fieldset>
        </details>
        ${this.failure ? html`<div class="notice danger" role="alert" id="failure" tabindex="-1">${this.failure}</div>` : nothing}
        <div class="actions">
          <authsec-ui-button type="submit" variant="primary" .loading=${this.busy} .locale=${this.locale}>${this.t('registration.submit')}</authsec-ui-button>
        </div>
      </form>`;
  }

  #textField(
    id: string, field: RegistrationField, value: string, error: string, label: MessageKey, hint: MessageKey,
    onInput: (value: string) => void, type: 'text' | 'url' = 'text',
  ): TemplateResult {
    const describedBy = field === 'name' ? `${id}-hint ${id}-error` : `${id}-hint ${id}-error resource-uri`;
    return html`<div class="field">
      <label for=${id}>${this.t(label)} <span class="req">${this.t('registration.field.required')}</span></label>
      <input id=${id} name=${id} type=${type} .value=${live(value)} autocomplete="off" spellcheck="false"
        ?readonly=${this.busy} aria-required="true" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy}
        dir=${type === 'url' ? 'ltr' : 'auto'}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
      <p id=${`${id}-hint`} class="muted">${this.t(hint)}</p>
      <p id=${`${id}-error`} class="error" aria-live="polite">${error}</p>
    </div>`;
  }

  #toggleMode(mode: RegistrationMode, on: boolean): void {
    const modes = on ? [...this.draft.registrationModes, mode] : this.draft.registrationModes.filter((m) => m !== mode);
    this.#set('registrationModes', { registrationModes: REGISTRATION_MODES.filter((m) => modes.includes(m)) });
  }

  #presetField(): TemplateResult {
    const status = this.presets.status;
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) {
      return html`<div class="field"><span class="muted" role="status">${this.t('registration.presets.loading')}</span></div>`;
    }
    if (status === TaskStatus.ERROR) {
      return html`<div class="field notice warning">
        <p>${this.t('registration.preset.unavailable')}</p>
        <authsec-ui-button size="small" .locale=${this.locale} @click=${() => void this.presets.run()}>${this.t('registration.preset.retry')}</authsec-ui-button>
      </div>`;
    }
    const list = this.#presetList();
    const preset = this.#preset();
    if (!preset) return html``;
    const name = this.draft.name.trim();
    const scopes = presetScopes(name, preset.scopes);
    const serverError = this.serverErrors.presetId;
    return html`<div class="field">
      <label for="preset">${this.t('registration.field.preset')}</label>
      <select id="preset" name="preset" aria-describedby="preset-description preset-scopes preset-error"
        @change=${(e: Event) => this.#set('presetId', { presetId: (e.target as HTMLSelectElement).value })}>
        ${list.map((p) => html`<option value=${p.id} ?selected=${p.id === preset.id}>${p.recommended ? this.t('registration.preset.recommended', { name: safe(p.name, 80) }) : safe(p.name, 80)}</option>`)}
      </select>
      <p id="preset-description" class="muted">${safe(preset.description, 300)}</p>
      <div id="preset-scopes">
        ${preset.scopes.length === 0 || preset.id === 'blank'
          ? html`<p>${this.t('registration.preset.none')}</p>`
          : !appSlug(name)
            ? html`<p class="muted">${this.t('registration.preset.needsName', { example: 'github_mcp_server:tools:read' })}</p>`
            : html`<p>${this.t('registration.preset.creates', { count: scopes.length })}</p>
                <ul class="scopes">
                  ${scopes.map((s) => html`<li><code dir="ltr">${s.scope}</code> <span class="muted">— ${safe(s.template.description, 120)} (${this.t(`registration.risk.${s.template.risk}`)})</span></li>`)}
                </ul>`}
      </div>
      <p id="preset-error" class="error" aria-live="polite">${serverError ?? ''}</p>
    </div>`;
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client || this.busy) return;
    this.touched = new Set(Object.keys(FIELD_INPUT) as RegistrationField[]);
    const problems = checkRegistration(this.draft);
    const first = firstProblemField(problems);
    if (first) {
      if (problems.registrationModes) this.advancedOpen = true;
      const fields = Object.keys(problems).map((f) => this.t(FIELD_LABEL[f as RegistrationField]));
      this.announcement = this.t('registration.invalidSummary', { count: fields.length, fields: fields.join(', ') });
      await this.#focusField(first);
      return;
    }
    this.busy = true;
    this.failure = '';
    this.serverErrors = {};
    const draft = this.draft;
    const preset = this.presets.status === TaskStatus.COMPLETE ? this.#preset() : undefined;
    try {
      const created = await client.call(createResourceServer, { body: createRequest({ ...draft, presetId: preset?.id ?? '' }) });
      this.#showCreated(created, draft);
    } catch (error) {
      await this.#registrationFailed(error);
    } finally {
      this.busy = false;
    }
  }

  async #focusField(field: RegistrationField): Promise<void> {
    if (field === 'registrationModes') this.advancedOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_INPUT[field]}`)?.focus();
  }

  async #registrationFailed(error: unknown): Promise<void> {
    const message = error instanceof AuthsecError ? error.serverMessage : undefined;
    const mapped = error instanceof AuthsecError && error.code === 'validation' ? serverProblem(message) : undefined;
    if (mapped) {
      const text = mapped.problem === 'duplicate'
        ? this.t('registration.server.duplicate', { uri: safe(composeResourceUri(this.draft.publicBaseUrl, this.draft.protectedPath), 300) })
        : mapped.problem === 'not_https'
          ? this.t('registration.problem.url_not_https')
          : this.t('registration.server.other', { reason: safe(message ?? '', 300) });
      this.serverErrors = { [mapped.field]: text };
      this.announcement = text;
      await this.#focusField(mapped.field);
      return;
    }
    const reason = describe(error, (key) => this.t(key));
    const maybeCreated = !(error instanceof AuthsecError) || error.code === 'network' || error.code === 'server' || error.code === 'invalid_response';
    this.failure = `${this.t('registration.failed', { reason })}${maybeCreated ? ` ${this.t('registration.failedMaybeCreated')}` : ''}`;
    await this.updateComplete;
    refocus(this, this.renderRoot.querySelector<HTMLElement>('#failure'));
  }

  #showCreated(created: ResourceServerCreated, draft: RegistrationDraft): void {
    // Copy field by field: the secret is kept apart and never reaches anything the host can see.
    const application: CreatedApplication = {
      id: created.id,
      name: draft.name.trim(),
      application_type: draft.applicationType,
      public_base_url: draft.publicBaseUrl.trim().replace(/\/+$/, ''),
      protected_base_path: draft.protectedPath.trim(),
      registration_modes: [...draft.registrationModes],
      resource_uri: created.resource_url,
      issuer_url: created.issuer_url,
      jwks_uri: created.jwks_uri,
      introspection_endpoint: created.introspection_endpoint,
      scope_matrix_url: created.scope_matrix_url,
      manifest_url: created.manifest_url,
      scopes_supported: [...created.scopes_supported],
      status: created.status,
    };
    this.#secret = { appId: created.id, value: created.introspection_secret };
    this.revealed = false;
    this.secretHandled = false;
    this.secretDismissed = false;
    this.secretStatus = '';
    this.created = {
      application,
      values: configFromCreated(created, { name: application.name, protectedPath: application.protected_base_path }),
    };
    this.announcement = this.t('registration.created.announce', { name: safe(application.name, 120) });
    this.dispatchEvent(new AuthsecApplicationCreatedEvent(application));
    void this.updateComplete.then(() => refocus(this, this.renderRoot.querySelector<HTMLElement>('#created-heading')));
  }

  #createdView(created: Created): TemplateResult {
    const app = created.application;
    return html`<div class="card">
        <h3 id="created-heading" tabindex="-1">${this.t('registration.created.heading', { name: safe(app.name, 120) })}</h3>
        <p>${this.t('registration.created.intro')}</p>
      </div>
      ${this.#secretSection(app.id)}
      ${this.#credentials(created.values)}
      ${this.#snippets(created.values, app.id)}
      <div class="actions">
        <authsec-ui-button .locale=${this.locale} @click=${() => this.#registerAnother()}>${this.t('registration.another')}</authsec-ui-button>
      </div>`;
  }

  #registerAnother(): void {
    this.#forgetSecret();
    this.created = undefined;
    this.draft = emptyDraft();
    this.touched = new Set();
    this.serverErrors = {};
    this.failure = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#name')?.focus());
  }

  // ───────────────────────────── the one-time secret ─────────────────────────────

  /** The secret of `appId` if this element holds it. */
  #secretFor(appId: string): string | undefined {
    return this.#secret?.appId === appId ? this.#secret.value : undefined;
  }

  #forgetSecret(): void {
    if (!this.#secret) return;
    this.#secret = undefined;
    this.revealed = false;
    this.secretStatus = '';
    this.requestUpdate();
  }

  #secretSection(appId: string): TemplateResult {
    const secret = this.#secretFor(appId);
    if (!secret) {
      if (this.secretDismissed) {
        return html`<p class="notice" id="secret-dismissed" tabindex="-1">${this.t('registration.secret.dismissed')}</p>`;
      }
      return html``;
    }
    return html`<section part="secret" class="card secret" aria-labelledby="secret-heading">
      <h3 id="secret-heading" tabindex="-1">${this.t('registration.secret.heading')}</h3>
      <p class="notice warning"><strong>${this.t('registration.secret.once', { env: SECRET_ENV })}</strong></p>
      <label for="secret">${this.t('registration.secret.label')}</label>
      <div class="secret-row" role="group" aria-label=${this.t('registration.secret.label')}>
        <input id="secret" type=${this.revealed ? 'text' : 'password'} readonly autocomplete="off" autocapitalize="off" spellcheck="false"
          .value=${live(this.revealed ? secret : MASK)} />
        <authsec-ui-button size="small" class="reveal" .label=${this.t(this.revealed ? 'registration.secret.hideNamed' : 'registration.secret.showNamed')} .locale=${this.locale}
          @click=${() => this.#toggleReveal()}>${this.t(this.revealed ? 'registration.secret.hide' : 'registration.secret.show')}</authsec-ui-button>
        <authsec-ui-button size="small" class="copy-secret" .label=${this.t('registration.secret.copyNamed')} .locale=${this.locale}
          @click=${() => void this.#copySecret()}>${this.t('registration.secret.copy')}</authsec-ui-button>
      </div>
      <p class="status" role="status">${this.secretStatus}</p>
      <authsec-ui-button variant="primary" class="stored" .locale=${this.locale} @click=${() => void this.#acknowledge()}>${this.t('registration.secret.stored')}</authsec-ui-button>
      <authsec-ui-confirm-dialog class="not-copied" .heading=${this.t('registration.secret.notCopied.heading')}
        .confirmLabel=${this.t('registration.secret.notCopied.confirm')} .cancelLabel=${this.t('registration.secret.notCopied.cancel')} .locale=${this.locale}>
        <p>${this.t('registration.secret.notCopied.body')}</p>
      </authsec-ui-confirm-dialog>
    </section>`;
  }

  #toggleReveal(): void {
    this.revealed = !this.revealed;
    if (this.revealed) this.secretHandled = true;
  }

  async #copySecret(): Promise<void> {
    const secret = this.#secret?.value;
    if (!secret) return;
    this.secretStatus = '';
    await this.updateComplete;
    if (await writeClipboard(secret)) {
      this.secretHandled = true;
      this.secretStatus = this.t('registration.secret.copied');
      return;
    }
    // No clipboard (insecure context, denied permission): reveal and select for a manual copy.
    this.revealed = true;
    this.secretHandled = true;
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#secret');
    input?.focus();
    input?.select();
    this.secretStatus = this.t('registration.secret.copyFailed');
  }

  async #acknowledge(): Promise<void> {
    if (!this.secretHandled) {
      const dialog = this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog.not-copied');
      if (dialog && !(await dialog.open())) return;
    }
    // Mask first so no template part keeps the value, then drop the panel and the value.
    this.revealed = false;
    await this.updateComplete;
    this.#forgetSecret();
    this.secretDismissed = true;
    this.announcement = this.t('registration.secret.dismissed');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#secret-dismissed')?.focus();
  }

  // ───────────────────────────── credentials and snippets ─────────────────────────────

  #credentials(values: SdkConfigValues, state?: ResourceServerState): TemplateResult {
    const rows: [MessageKey, string][] = [
      ['registration.credentials.resourceUri', values.resourceUri],
      ['registration.credentials.id', values.resourceServerId],
      ['registration.credentials.issuer', values.issuer],
      ['registration.credentials.jwks', values.jwksUrl],
      ['registration.credentials.introspection', values.introspectionUrl],
      ['registration.credentials.scopeMatrix', values.scopeMatrixUrl],
      ['registration.credentials.manifest', values.manifestUrl],
    ];
    return html`<section part="credentials" class="card" aria-labelledby="credentials-heading">
      <h3 id="credentials-heading">${this.t('registration.credentials.heading')}</h3>
      <div class="credentials">
        ${state
          ? html`<div class="state-row"><span id="state-label">${this.t('registration.credentials.state')}</span>
              <authsec-ui-status-pill tone=${STATE_TONE[state]} .label=${this.t(`registration.state.${state}`)}></authsec-ui-status-pill></div>`
          : nothing}
        ${rows.map(([label, value]) => html`<authsec-ui-copy-field .label=${this.t(label)} .value=${safe(value, 2000)} .locale=${this.locale}></authsec-ui-copy-field>`)}
      </div>
    </section>`;
  }

  #snippets(values: SdkConfigValues, appId: string): TemplateResult {
    // The secret enters a snippet only while the person has it revealed.
    const secret = this.revealed ? this.#secretFor(appId) : undefined;
    const text = sdkSnippet(this.tab, values, secret);
    const language = this.t(`registration.snippets.${this.tab}`);
    return html`<section part="snippets" class="card" aria-labelledby="snippets-heading">
      <h3 id="snippets-heading">${this.t('registration.snippets.heading')}</h3>
      <p class="muted">${secret ? this.t('registration.snippets.withSecret') : this.t('registration.snippets.withoutSecret', { env: SECRET_ENV })}</p>
      <div role="tablist" aria-label=${this.t('registration.snippets.tabs')} @keydown=${(e: KeyboardEvent) => this.#tabKey(e)}>
        ${SNIPPET_LANGUAGES.map((lang) => html`<button type="button" role="tab" id=${`tab-${lang}`} aria-controls="snippet-panel"
          aria-selected=${lang === this.tab ? 'true' : 'false'} tabindex=${lang === this.tab ? '0' : '-1'}
          @click=${() => this.#selectTab(lang)}>${this.t(`registration.snippets.${lang}`)}</button>`)}
      </div>
      <div role="tabpanel" id="snippet-panel" aria-labelledby=${`tab-${this.tab}`}>
        <pre tabindex="0" aria-labelledby=${`tab-${this.tab}`} dir="ltr"><code>${text}</code></pre>
        <div class="actions">
          <authsec-ui-button size="small" class="copy-snippet" .locale=${this.locale} @click=${() => void this.#copySnippet(text, language)}>
            ${this.t('registration.snippets.copy', { language })}
          </authsec-ui-button>
          <span class="status" role="status">${this.snippetStatus}</span>
        </div>
      </div>
    </section>`;
  }

  #selectTab(lang: SnippetLanguage, focus = false): void {
    this.tab = lang;
    this.snippetStatus = '';
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${lang}`)?.focus());
  }

  #tabKey(e: KeyboardEvent): void {
    const i = SNIPPET_LANGUAGES.indexOf(this.tab);
    const n = SNIPPET_LANGUAGES.length;
    const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    this.#selectTab(SNIPPET_LANGUAGES[next]!, true);
  }

  async #copySnippet(text: string, language: string): Promise<void> {
    this.snippetStatus = '';
    await this.updateComplete;
    if (await writeClipboard(text)) {
      if (this.revealed) this.secretHandled = true;
      this.snippetStatus = this.t('registration.snippets.copied', { language });
      return;
    }
    const pre = this.renderRoot.querySelector('pre');
    const selection = pre ? (this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? document.getSelection() : null;
    if (pre && selection) {
      selection.selectAllChildren(pre);
      pre.focus();
    }
    this.snippetStatus = this.t('registration.snippets.copyFailed');
  }

  // ───────────────────────────── existing application ─────────────────────────────

  #existing(): TemplateResult {
    return this.app.render({
      initial: () => html`<authsec-ui-state kind="loading" .locale=${this.locale}></authsec-ui-state>`,
      // While reloading, keep showing this application; never the previous one (its Rotate would act on it).
      pending: () =>
        this.app.value?.id === this.applicationId
          ? this.#existingBody(this.app.value!)
          : html`<authsec-ui-state kind="loading" .locale=${this.locale}></authsec-ui-state>`,
      complete: (app) => (app ? this.#existingBody(app) : html`<authsec-ui-state kind="loading" .locale=${this.locale}></authsec-ui-state>`),
      error: (error) => this.#errorState(error, () => void this.app.run()),
    });
  }

  #errorState(error: unknown, retry: () => void): TemplateResult {
    const code = error instanceof AuthsecError ? error.code : 'unknown';
    const forbidden = code === 'forbidden';
    return html`<authsec-ui-state kind=${forbidden ? 'forbidden' : 'error'} .message=${this.t(errorMessageKey(code))} .locale=${this.locale}
      ?no-retry=${forbidden} @authsec-ui-retry=${retry}></authsec-ui-state>`;
  }

  #issuerFor(app: ResourceServer): string {
    if (this.issuer) return this.issuer;
    if (this.created?.application.id === app.id) return this.created.application.issuer_url;
    return this.client?.baseUrl ?? '';
  }

  #existingBody(app: ResourceServer): TemplateResult {
    const values = configFromApplication(app, this.#issuerFor(app));
    return html`<div class="card">
        <h3 id="app-heading" tabindex="-1" dir="auto">${safe(app.name, 120)}</h3>
        ${this.#secretFor(app.id) || this.secretDismissed ? nothing : html`<p class="muted">${this.t('registration.secret.notShown')}</p>`}
        ${this.failure ? html`<div class="notice danger" role="alert" id="failure" tabindex="-1">${this.failure}</div>` : nothing}
        <div class="actions" ?hidden=${this.readonly}>
          ${this.#secretFor(app.id) ? nothing : html`<authsec-ui-button variant="danger" class="rotate" .loading=${this.busy && !this.edit} .locale=${this.locale}
            @click=${() => void this.#rotate(app)}>${this.t('registration.rotate')}</authsec-ui-button>`}
          ${this.edit ? nothing : html`<authsec-ui-button class="edit" .locale=${this.locale} @click=${() => this.#startEdit(app)}>${this.t('registration.edit')}</authsec-ui-button>`}
        </div>
      </div>
      ${this.#secretSection(app.id)}
      ${this.edit && !this.readonly ? this.#editForm(app, this.edit) : nothing}
      ${this.#credentials(values, app.state)}
      ${this.#snippets(values, app.id)}
      <authsec-ui-confirm-dialog class="rotate-dialog" danger .heading=${this.t('registration.rotate.heading')}
        .confirmLabel=${this.t('registration.rotate.confirm')} .locale=${this.locale}>
        <p>${this.t('registration.rotate.body', { env: SECRET_ENV })}</p>
        ${app.state === 'ready' ? html`<p><strong>${this.t('registration.rotate.drift')}</strong></p>` : nothing}
      </authsec-ui-confirm-dialog>`;
  }

  async #rotate(app: ResourceServer): Promise<void> {
    const client = this.client;
    if (!client || this.readonly || this.busy) return;
    const dialog = this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog.rotate-dialog');
    if (!dialog || !(await dialog.open())) return;
    this.busy = true;
    this.failure = '';
    try {
      const { introspection_secret: secret } = await client.call(rotateIntrospectionSecret, { params: { id: app.id } });
      this.#secret = { appId: app.id, value: secret };
      this.revealed = false;
      this.secretHandled = false;
      this.secretDismissed = false;
      this.secretStatus = '';
      this.announcement = this.t('registration.rotate.done');
      this.dispatchEvent(new AuthsecSecretRotatedEvent(app.id));
      await this.updateComplete;
      refocus(this, this.renderRoot.querySelector<HTMLElement>('#secret-heading'));
    } catch (error) {
      this.failure = this.t('registration.rotate.failed', { reason: describe(error, (key) => this.t(key)) });
      await this.updateComplete;
      refocus(this, this.renderRoot.querySelector<HTMLElement>('#failure'));
    } finally {
      this.busy = false;
    }
  }

  #startEdit(app: ResourceServer): void {
    this.failure = '';
    this.serverErrors = {};
    this.editTouched = false;
    this.edit = { name: app.name, publicBaseUrl: app.public_base_url, protectedPath: app.protected_base_path };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#name')?.focus());
  }

  #editForm(app: ResourceServer, draft: EditDraft): TemplateResult {
    const problems = this.editTouched ? checkEdit(draft) : {};
    const err = (field: RegistrationField) => this.serverErrors[field] ?? (problems[field] ? this.t(`registration.problem.${problems[field]}`, { path: safe(draft.protectedPath.trim(), 60) }) : '');
    const set = (field: RegistrationField, patch: Partial<EditDraft>) => {
      this.edit = { ...draft, ...patch };
      this.editTouched = true;
      if (this.serverErrors[field] || field === 'protectedPath') this.serverErrors = {};
    };
    const next = previewResourceUri(draft.publicBaseUrl, draft.protectedPath);
    const uriChanges = next !== undefined && next !== app.resource_uri;
    const onEnter = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && e.target instanceof HTMLInputElement) void this.#saveEdit(e, app);
    };
    return html`<form part="form" class="card" novalidate aria-labelledby="edit-heading" @submit=${(e: Event) => void this.#saveEdit(e, app)} @keydown=${onEnter}>
      <h3 id="edit-heading">${this.t('registration.edit.heading', { name: safe(app.name, 120) })}</h3>
      ${this.#textField('name', 'name', draft.name, err('name'), 'registration.field.name', 'registration.field.nameHint', (v) => set('name', { name: v }))}
      ${this.#textField('url', 'publicBaseUrl', draft.publicBaseUrl, err('publicBaseUrl'), 'registration.field.url', 'registration.field.urlHint', (v) => set('publicBaseUrl', { publicBaseUrl: v }), 'url')}
      ${this.#textField('path', 'protectedPath', draft.protectedPath, err('protectedPath'), 'registration.field.path', 'registration.field.pathHint', (v) => set('protectedPath', { protectedPath: v }))}
      <div part="resource-uri" class="resource-uri">
        <span id="uri-label" class="muted">${this.t('registration.resourceUri')}</span>
        <output id="resource-uri" aria-labelledby="uri-label" dir="ltr" class=${next ? '' : 'pending'}>${next ? safe(next, 400) : this.t('registration.resourceUriPending')}</output>
      </div>
      <div aria-live="polite">
        ${uriChanges
          ? html`<div class="notice warning" id="uri-change">
              <p>${this.t('registration.edit.uriChange', { from: safe(app.resource_uri, 300), to: safe(next, 300) })}</p>
              <p><strong>${this.t('registration.edit.uriConsequence', { env: 'AUTHSEC_RESOURCE_URI' })}</strong></p>
            </div>`
          : nothing}
      </div>
      <div class="actions">
        <authsec-ui-button type="submit" variant="primary" .loading=${this.busy} .locale=${this.locale}>${this.t('registration.edit.save')}</authsec-ui-button>
        <authsec-ui-button .locale=${this.locale} @click=${() => this.#cancelEdit()}>${this.t('registration.edit.cancel')}</authsec-ui-button>
      </div>
      <authsec-ui-confirm-dialog class="uri-dialog" .heading=${this.t('registration.edit.confirmHeading')}
        .confirmLabel=${this.t('registration.edit.confirm')} .locale=${this.locale}>
        <p>${this.t('registration.edit.uriChange', { from: safe(app.resource_uri, 300), to: safe(next ?? '', 300) })}</p>
        <p>${this.t('registration.edit.uriConsequence', { env: 'AUTHSEC_RESOURCE_URI' })}</p>
      </authsec-ui-confirm-dialog>
    </form>`;
  }

  #cancelEdit(): void {
    this.edit = undefined;
    this.serverErrors = {};
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('authsec-ui-button.edit')?.focus());
  }

  async #saveEdit(event: Event, app: ResourceServer): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const draft = this.edit;
    if (!client || !draft || this.busy) return;
    this.editTouched = true;
    const first = firstProblemField(checkEdit(draft));
    if (first) {
      await this.#focusField(first);
      return;
    }
    const body = updateRequest(app, draft);
    if (!body) {
      this.announcement = this.t('registration.edit.nothing');
      this.edit = undefined;
      return;
    }
    const next = previewResourceUri(draft.publicBaseUrl, draft.protectedPath);
    const uriChanged = next !== app.resource_uri;
    if (uriChanged) {
      const dialog = this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog.uri-dialog');
      if (!dialog || !(await dialog.open())) return;
    }
    this.busy = true;
    this.failure = '';
    try {
      const saved = await client.call(updateResourceServer, { params: { id: app.id }, body });
      this.edit = undefined;
      this.announcement = this.t('registration.edit.saved', { name: safe(saved.name, 120) });
      this.dispatchEvent(new AuthsecApplicationUpdatedEvent(saved, saved.resource_uri !== app.resource_uri));
      await this.app.run();
    } catch (error) {
      const message = error instanceof AuthsecError ? error.serverMessage : undefined;
      const mapped = error instanceof AuthsecError && error.code === 'validation' ? serverProblem(message) : undefined;
      if (mapped) {
        this.serverErrors = {
          [mapped.field]: mapped.problem === 'duplicate'
            ? this.t('registration.server.duplicate', { uri: safe(next ?? '', 300) })
            : this.t('registration.server.other', { reason: safe(message ?? '', 300) }),
        };
        await this.#focusField(mapped.field);
      } else {
        this.failure = this.t('registration.edit.failed', { reason: describe(error, (key) => this.t(key)) });
        await this.updateComplete;
        refocus(this, this.renderRoot.querySelector<HTMLElement>('#failure'));
      }
    } finally {
      this.busy = false;
    }
  }
}

/** Writes to the clipboard; false when the page may not (insecure context, denied permission). */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator.clipboard?.writeText !== 'function') return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The server's reason when it gave one, else the plain-language message for the error code. */
function describe(error: unknown, t: (key: MessageKey) => string): string {
  if (error instanceof AuthsecError && error.serverMessage && error.code !== 'server') return safe(error.serverMessage, 300);
  return t(errorMessageKey(error instanceof AuthsecError ? error.code : 'unknown'));
}

/** Untrusted text for display: hidden characters revealed, clamped. */
function safe(value: string, max: number): string {
  return clampText(revealHidden(value).text, max).text;
}

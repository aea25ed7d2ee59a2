import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AuthsecClient } from '../../api/client.js';
import { AuthsecError, mayHaveLanded, outcomeUnknown } from '../../api/errors.js';
import { createResourceServer, rotateIntrospectionSecret, type ResourceServerCreated } from '../../api/application-writes.js';
import { listApplicationRefs, type ApplicationRef } from '../../api/application-refs.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { listScopePresets, type ScopePreset } from '../../api/scope-presets.js';
import type { RegistrationMode } from '../../api/wire.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import { Action } from '../../controllers/action.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { registerDefaults, type MessageKey } from '../../i18n/catalog.js';
import { registrationEn } from '../../i18n/messages/registration.en.js';
import { appSlug } from '../../model/app-slug.js';
import { presetScopes } from '../../model/preset-scopes.js';
import {
  checkRegistration, createRequest, emptyDraft, firstProblemField, REGISTRATION_APP_TYPES, REGISTRATION_MODES,
  type RegistrationDraft, type RegistrationField, type RegistrationProblems,
} from '../../model/registration-form.js';
import { composeResourceUri } from '../../model/resource-uri.js';
import { configFromApplication, configFromCreated, SECRET_ENV, type SdkConfigValues } from '../../model/sdk-snippets.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import '../../ui/state.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import { wrapAtSeparators } from '../../ui/identifier.js';
import { refocus } from '../../ui/refocus.js';
import { ApplicationEditor } from './application-editor.js';
import { appRegistrationStyles } from './app-registration.styles.js';
import { AuthsecApplicationCreatedEvent, AuthsecApplicationUpdatedEvent, AuthsecSecretRotatedEvent, type CreatedApplication } from './events.js';
import { enterSubmits, FIELD_INPUT, fieldRefusal, nameAndUrlFields } from './fields.js';
import { OneTimeSecret } from '../shared/one-time-secret.js';
import { AuthsecNavigateEvent } from '../shared/navigate-event.js';
import { credentials, SdkSnippets } from './sdk-setup.js';

registerDefaults(registrationEn);

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
 * @fires authsec-navigate - The admin chose to open an application AuthSec already has (after a lost answer to Register; detail: target `install`, applicationId). Cancelable.
 *
 * @csspart form - The registration or edit form.
 * @csspart resource-uri - The live Resource URI preview.
 * @csspart secret - The one-time secret panel.
 * @csspart credentials - The credentials list.
 * @csspart snippets - The SDK configuration tabs.
 * @cssprop [--authsec-snippet-max-height=40rem] - Tallest an SDK snippet grows before it scrolls.
 */
export class AuthsecAppRegistration extends AuthsecApplicationElement {
  static override styles = appRegistrationStyles;
  static override get properties(): PropertyDeclarations {
    return {
      issuer: {},
      inWorkspace: { type: Boolean, attribute: 'in-workspace' },
      draft: { state: true },
      touched: { state: true },
      serverErrors: { state: true },
      created: { state: true },
      lostFound: { state: true },
      advancedOpen: { state: true },
    };
  }

  /**
   * AuthSec's OAuth issuer URL, when it is not the API base URL (the default). The credentials of an
   * existing application derive the JWKS, introspection and SDK URLs from it, as AuthSec does.
   */
  issuer?: string;

  /**
   * Set when the page around the element already names the application, as
   * `<authsec-admin-console>`'s header does: the credentials then leave the name out.
   */
  inWorkspace = false;

  private draft: RegistrationDraft = emptyDraft();
  private touched = new Set<RegistrationField>();
  private serverErrors: Partial<Record<RegistrationField, string>> = {};
  private created?: Created;
  private advancedOpen = false;
  /** The application a registration with a lost answer turned out to have created. */
  private lostFound?: ApplicationRef;

  readonly #announcer = new Announcer(this);
  readonly #registration = new Action(this);
  // Without an answer the rotation may have happened: the old secret may be dead and the new one is
  // lost, so only rotating again gives a secret that certainly works.
  readonly #rotation = new Action(this, (e) => this.t(outcomeUnknown(e) ? 'registration.rotate.unknown' : 'registration.rotate.failed', { reason: this.reason(e) }));
  readonly #secret = new OneTimeSecret(this, {
    announce: (m) => this.#announcer.say(m),
    word: (key, params) => this.t(`registration.secret.${key}`, params),
  });
  readonly #snippets = new SdkSnippets(this);
  readonly #editor = new ApplicationEditor(this, {
    focusField: (field) => this.#focusField(field),
    unchanged: () => this.#announcer.say(this.t('registration.edit.nothing')),
    saved: async (saved, before) => {
      this.#announcer.say(this.t('registration.edit.saved', { name: this.text(saved.name) }));
      this.dispatchEvent(new AuthsecApplicationUpdatedEvent(saved, saved.resource_uri !== before.resource_uri));
      await this.#app.run();
    },
  });

  readonly #presets = new Task(this, {
    args: () => [this.client, this.applicationId] as const,
    task: async ([client, id], { signal }) => (client && !id ? (await client.call(listScopePresets, { signal })).presets : undefined),
  });

  readonly #app = new AppData<ResourceServer>(this, {
    load: (client, id, signal) => client.call(getResourceServer, { params: { id }, signal }),
    appOf: (app) => app.id,
    reset: () => this.#rotation.reset(),
  });

  override render() {
    return html`<section aria-labelledby="heading">
      <h2 id="heading" class="heading">${this.applicationId ? this.t('registration.credentialsHeading') : this.t('registration.heading')}</h2>
      ${this.#announcer.render()}
      ${this.applicationId
        ? this.#app.render((app) => this.#existing(app), 'registration.credentialsHeading')
        : this.created
          ? this.#createdView(this.created)
          : this.readonly
            ? html`<authsec-ui-state kind="empty" .locale=${this.effectiveLocale}></authsec-ui-state>`
            : this.#register()}
    </section>`;
  }

  // ── Register ───────────────────────────────────────────────────────────

  #register(): TemplateResult {
    const error = this.#presets.error;
    if (this.#presets.status === TaskStatus.ERROR && error instanceof AuthsecError && ['forbidden', 'unauthorized', 'session_expired'].includes(error.code)) {
      return html`<authsec-ui-state kind=${error.code === 'forbidden' ? 'forbidden' : 'error'} .message=${this.generic(error)} .locale=${this.effectiveLocale}
        ?no-retry=${error.code === 'forbidden'} @authsec-ui-retry=${() => void this.#presets.run()}></authsec-ui-state>`;
    }
    return this.#form();
  }

  /** The chosen preset: the admin's pick, else the recommended one. */
  #preset(): ScopePreset | undefined {
    const list = this.#presets.value ?? [];
    return list.find((p) => p.id === this.draft.presetId) ?? list.find((p) => p.recommended) ?? list[0];
  }

  #fieldError(field: RegistrationField, problems: RegistrationProblems): string {
    const server = this.serverErrors[field];
    if (server) return server;
    const problem = problems[field];
    return problem ? this.t(`registration.problem.${problem}`, { path: this.text(this.draft.protectedPath.trim(), 60) }) : '';
  }

  #set(field: RegistrationField, patch: Partial<RegistrationDraft>): void {
    this.draft = { ...this.draft, ...patch };
    // Other entries are another registration: Register comes back.
    if (this.lostFound) {
      this.lostFound = undefined;
      this.#registration.reset();
    }
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
    const problems = checkRegistration(this.draft, this.touched);
    const err = (field: RegistrationField) => this.#fieldError(field, problems);
    const submit = (e: Event) => void this.#submit(e);
    return html`<p class="muted">${this.t('registration.intro')}</p>
      <form part="form" class="card" novalidate aria-labelledby="heading" @submit=${submit} @keydown=${enterSubmits(submit)}>
        ${nameAndUrlFields(this, d, err, (field, value) => this.#set(field, { [field]: value }), this.#registration.busy, true)}
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
        ${this.#registration.error
          ? html`<div class="notice ${this.lostFound ? 'warning' : 'danger'}" role="alert" id="failure" tabindex="-1">${this.#registration.error}</div>`
          : nothing}
        <div class="actions">
          ${this.lostFound
            ? this.#openFound(this.lostFound)
            : html`<authsec-ui-button type="submit" variant="primary" .loading=${this.#registration.busy} .locale=${this.effectiveLocale}>${this.t('registration.submit')}</authsec-ui-button>`}
        </div>
      </form>`;
  }

  #toggleMode(mode: RegistrationMode, on: boolean): void {
    const modes = on ? [...this.draft.registrationModes, mode] : this.draft.registrationModes.filter((m) => m !== mode);
    this.#set('registrationModes', { registrationModes: REGISTRATION_MODES.filter((m) => modes.includes(m)) });
  }

  #presetField(): TemplateResult {
    const status = this.#presets.status;
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) {
      return html`<div class="field"><span class="muted" role="status">${this.t('registration.presets.loading')}</span></div>`;
    }
    if (status === TaskStatus.ERROR) {
      return html`<div class="field notice warning">
        <p>${this.t('registration.preset.unavailable')}</p>
        <authsec-ui-button size="small" .locale=${this.effectiveLocale} @click=${() => void this.#presets.run()}>${this.t('registration.preset.retry')}</authsec-ui-button>
      </div>`;
    }
    const preset = this.#preset();
    if (!preset) return html``;
    const name = this.draft.name.trim();
    const scopes = presetScopes(name, preset.scopes);
    return html`<div class="field">
      <label for="preset">${this.t('registration.field.preset')}</label>
      <select id="preset" name="preset" aria-describedby="preset-description preset-scopes preset-error"
        @change=${(e: Event) => this.#set('presetId', { presetId: (e.target as HTMLSelectElement).value })}>
        ${(this.#presets.value ?? []).map((p) => html`<option value=${p.id} ?selected=${p.id === preset.id}>${p.recommended ? this.t('registration.preset.recommended', { name: this.text(p.name, 80) }) : this.text(p.name, 80)}</option>`)}
      </select>
      <p id="preset-description" class="muted">${this.text(preset.description, 300)}</p>
      <div id="preset-scopes">
        ${preset.scopes.length === 0 || preset.id === 'blank'
          ? html`<p>${this.t('registration.preset.none')}</p>`
          : !appSlug(name)
            ? html`<p class="muted">${this.t('registration.preset.needsName', { example: 'github_mcp_server:tools:read' })}</p>`
            : html`<p>${this.t('registration.preset.creates', { count: scopes.length })}</p>
                <ul class="scopes">
                  ${scopes.map((s) => html`<li><code dir="ltr">${wrapAtSeparators(s.scope)}</code> <span class="muted">— ${this.text(s.template.description)} (${this.t(`common.risk.${s.template.risk}`)})</span></li>`)}
                </ul>`}
      </div>
      <p id="preset-error" class="error" aria-live="polite">${this.serverErrors.presetId ?? ''}</p>
    </div>`;
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client || this.#registration.busy) return;
    this.touched = new Set(Object.keys(FIELD_INPUT) as RegistrationField[]);
    const problems = checkRegistration(this.draft);
    const first = firstProblemField(problems);
    if (first) {
      if (problems.registrationModes) this.advancedOpen = true;
      const fields = Object.keys(problems).map((f) => this.t(FIELD_LABEL[f as RegistrationField]));
      this.#announcer.say(this.t('registration.invalidSummary', { count: fields.length, fields: this.list(fields) }));
      await this.#focusField(first);
      return;
    }
    this.serverErrors = {};
    const draft = this.draft;
    const preset = this.#presets.status === TaskStatus.COMPLETE ? this.#preset() : undefined;
    let field: RegistrationField | undefined;
    const uri = composeResourceUri(draft.publicBaseUrl, draft.protectedPath);
    this.lostFound = undefined;
    const created = await this.#registration.run(() => this.#create(client, createRequest({ ...draft, presetId: preset?.id ?? '' }), uri), {
      failed: (error, reason) => {
        if (error instanceof LostAnswer) {
          this.lostFound = error.found;
          const why = this.reason(error.cause);
          if (error.found) return this.t('registration.lost.created', { name: this.text(error.found.name, 80) });
          if (error.checked) return this.t('registration.lost.notCreated', { reason: why, uri });
          return `${this.t('registration.failed', { reason: why })} ${this.t('registration.failedMaybeCreated')}`;
        }
        field = this.#fieldRefusal(error, uri);
        return field ? '' : this.t('registration.failed', { reason });
      },
    });
    if (created) return this.#showCreated(created, draft);
    if (field) return this.#focusField(field);
    await this.updateComplete;
    refocus(this, this.renderRoot.querySelector<HTMLElement>('#failure'));
  }

  /** AuthSec has the application: opening it (to rotate its secret) is the way on, not registering again. */
  #openFound(app: ApplicationRef): TemplateResult {
    const open = () => this.dispatchEvent(new AuthsecNavigateEvent('install', app.id));
    return html`<authsec-ui-button variant="primary" class="open-found" .locale=${this.effectiveLocale} @click=${open}>
      ${this.t('registration.lost.open', { name: this.text(app.name, 80) })}</authsec-ui-button>`;
  }

  /**
   * Registers; when the outcome is unknown (no answer, an unreadable one, or a server error that may
   * have come after the write), reads the applications again, still busy so Register cannot be sent
   * twice meanwhile, to tell whether it was created: a second POST must never be a guess.
   */
  async #create(client: AuthsecClient, body: ReturnType<typeof createRequest>, uri: string): Promise<ResourceServerCreated> {
    try {
      return await client.call(createResourceServer, { body });
    } catch (error) {
      if (error instanceof AuthsecError && !mayHaveLanded(error)) throw error;
      let rows: ApplicationRef[];
      try {
        rows = await client.call(listApplicationRefs, {});
      } catch {
        throw new LostAnswer(error, false);
      }
      throw new LostAnswer(error, true, rows.find((row) => row.resource_uri === uri));
    }
  }

  /** A refusal about one field (duplicate Resource URI, not https…), shown and announced at that field. */
  #fieldRefusal(error: unknown, uri: string): RegistrationField | undefined {
    const refusal = fieldRefusal(this, error, uri);
    if (!refusal) return undefined;
    this.serverErrors = { [refusal.field]: refusal.words };
    this.#announcer.say(refusal.words);
    return refusal.field;
  }

  async #focusField(field: RegistrationField): Promise<void> {
    if (field === 'registrationModes') this.advancedOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_INPUT[field]}`)?.focus();
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
    this.#secret.hold(created.id, created.introspection_secret);
    this.created = { application, values: configFromCreated(created, { name: application.name, protectedPath: application.protected_base_path }) };
    this.#announcer.say(this.t('registration.created.announce', { name: this.text(application.name) }));
    this.dispatchEvent(new AuthsecApplicationCreatedEvent(application));
    void this.updateComplete.then(() => refocus(this, this.renderRoot.querySelector<HTMLElement>('#created-heading')));
  }

  #createdView(created: Created): TemplateResult {
    const app = created.application;
    return html`<div class="card created">
        <h3 id="created-heading" tabindex="-1">${this.t('registration.created.heading', { name: this.text(app.name) })}</h3>
        <p>${this.t('registration.created.intro')}</p>
      </div>
      ${this.#secret.render(app.id)}
      ${credentials(this, created.values)}
      ${this.#snippets.render(created.values)}
      <div class="actions">
        <authsec-ui-button .locale=${this.effectiveLocale} @click=${() => this.#registerAnother()}>${this.t('registration.another')}</authsec-ui-button>
      </div>`;
  }

  #registerAnother(): void {
    this.#secret.forget();
    this.created = undefined;
    this.draft = emptyDraft();
    this.touched = new Set();
    this.serverErrors = {};
    this.#registration.reset();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#name')?.focus());
  }

  // ── An existing application ────────────────────────────────────────────

  #issuerFor(app: ResourceServer): string {
    if (this.issuer) return this.issuer;
    if (this.created?.application.id === app.id) return this.created.application.issuer_url;
    return this.client?.baseUrl ?? '';
  }

  #existing(app: ResourceServer): TemplateResult {
    const values = configFromApplication(app, this.#issuerFor(app));
    const holding = !!this.#secret.of(app.id);
    const locale = this.effectiveLocale;
    return html`<div class="card">
        ${this.inWorkspace ? nothing : html`<h3 id="app-heading" tabindex="-1" dir="auto">${this.text(app.name)}</h3>`}
        ${holding || this.#secret.dismissed ? nothing : html`<p class="muted">${this.t('registration.secret.notShown')}</p>`}
        ${this.#rotation.error ? html`<div class="notice danger" role="alert" id="failure" tabindex="-1">${this.#rotation.error}</div>` : nothing}
        <div class="actions" ?hidden=${this.readonly}>
          ${holding ? nothing : html`<authsec-ui-button variant="danger" class="rotate" .loading=${this.#rotation.busy} .locale=${locale}
            @click=${() => void this.#rotate(app)}>${this.t('registration.rotate')}</authsec-ui-button>`}
          ${this.#editor.draft ? nothing : html`<authsec-ui-button class="edit" .locale=${locale} @click=${() => this.#editor.start(app)}>${this.t('registration.edit')}</authsec-ui-button>`}
        </div>
      </div>
      ${this.#secret.render(app.id)}
      ${this.readonly ? nothing : this.#editor.render(app)}
      ${credentials(this, values, app.state)}
      ${this.#snippets.render(values)}
      <authsec-ui-confirm-dialog class="rotate-dialog" danger .heading=${this.t('registration.rotate.heading')}
        .confirmLabel=${this.t('registration.rotate.confirm')} .locale=${locale}>
        <p>${this.t('registration.rotate.body', { env: SECRET_ENV })}</p>
        ${app.state === 'ready' ? html`<p><strong>${this.t('registration.rotate.drift')}</strong></p>` : nothing}
      </authsec-ui-confirm-dialog>`;
  }

  async #rotate(app: ResourceServer): Promise<void> {
    const client = this.client;
    if (!client || this.readonly || this.#rotation.busy) return;
    const dialog = this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog.rotate-dialog');
    if (!dialog || !(await dialog.open())) return;
    const rotated = await this.#rotation.run(() => client.call(rotateIntrospectionSecret, { params: { id: app.id } }));
    if (rotated) {
      this.#secret.hold(app.id, rotated.introspection_secret);
      this.#announcer.say(this.t('registration.rotate.done'));
      this.dispatchEvent(new AuthsecSecretRotatedEvent(app.id));
    }
    await this.updateComplete;
    refocus(this, this.renderRoot.querySelector<HTMLElement>(rotated ? '#secret-heading' : '#failure'));
  }
}

/** A registration with an unknown outcome, and what reading the applications again found. */
class LostAnswer {
  constructor(
    readonly cause: unknown,
    /** False when the applications could not be read either. */
    readonly checked: boolean,
    readonly found?: ApplicationRef,
  ) {}
}

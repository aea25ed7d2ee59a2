/**
 * Editing an existing application's name, Public Base URL and Protected Path, with the Resource
 * URI it will have and a confirmation when that URI changes (every SDK must then be updated).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { updateResourceServer } from '../../api/application-writes.js';
import type { ResourceServer } from '../../api/resource-servers.js';
import { Action } from '../../controllers/action.js';
import { AppSwitch } from '../../controllers/app-switch.js';
import type { AdminHost } from '../../controllers/host.js';
import { checkEdit, firstProblemField, previewResourceUri, updateRequest, type EditDraft, type RegistrationField } from '../../model/registration-form.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import { refocus } from '../../ui/refocus.js';
import { enterSubmits, fieldRefusal, nameAndUrlFields } from './fields.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';

export type EditorHost = AdminHost & HTMLElement;

export interface EditorOptions {
  focusField(field: RegistrationField): Promise<void>;
  /** After a save: tell the page, announce, reload. */
  saved(saved: ResourceServer, before: ResourceServer): Promise<void>;
  /** Nothing to save: close and say so. */
  unchanged(): void;
}

export class ApplicationEditor implements ReactiveController {
  /** The open form's values; undefined while closed. */
  draft?: EditDraft;
  #touched = false;
  #serverErrors: Partial<Record<RegistrationField, string>> = {};
  readonly save: Action;
  readonly #switch: AppSwitch;

  readonly #host: EditorHost;
  readonly #options: EditorOptions;

  constructor(
    host: EditorHost,
    options: EditorOptions,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#switch = new AppSwitch(host);
    this.save = new Action(host, (error) => host.t('registration.edit.failed', { reason: host.reason(error) }));
  }

  hostUpdate(): void {
    // Another application: an open form of the previous one does not carry over.
    if (this.#switch.switched()) this.#close();
  }

  start(app: ResourceServer): void {
    this.save.reset();
    this.#serverErrors = {};
    this.#touched = false;
    this.draft = { name: app.name, publicBaseUrl: app.public_base_url, protectedPath: app.protected_base_path };
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('#name')?.focus());
  }

  #close(): void {
    this.draft = undefined;
    this.#serverErrors = {};
    this.save.reset();
  }

  #cancel(): void {
    this.#close();
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('authsec-ui-button.edit')?.focus());
  }

  render(app: ResourceServer): TemplateResult | typeof nothing {
    const draft = this.draft;
    if (!draft) return nothing;
    const t = this.#host.t.bind(this.#host);
    const text = this.#host.text.bind(this.#host);
    const locale = this.#host.effectiveLocale;
    const problems = this.#touched ? checkEdit(draft) : {};
    const err = (field: RegistrationField) =>
      this.#serverErrors[field] ?? (problems[field] ? t(`registration.problem.${problems[field]}`, { path: text(draft.protectedPath.trim(), 60) }) : '');
    const set = (field: 'name' | 'publicBaseUrl' | 'protectedPath', value: string) => {
      this.draft = { ...draft, [field]: value };
      this.#touched = true;
      if (this.#serverErrors[field] || field === 'protectedPath') this.#serverErrors = {};
      this.#host.requestUpdate();
    };
    const next = previewResourceUri(draft.publicBaseUrl, draft.protectedPath);
    const uriChanges = next !== undefined && next !== app.resource_uri;
    const save = (e: Event) => void this.#save(e, app);
    const change = html`<p>${t('registration.edit.uriChange', { from: text(app.resource_uri, 300), to: text(next ?? '', 300) })}</p>`;
    return html`<form part="form" class="card" novalidate aria-labelledby="edit-heading" @submit=${save} @keydown=${enterSubmits(save)}>
      <h3 id="edit-heading">${t('registration.edit.heading', { name: text(app.name) })}</h3>
      ${nameAndUrlFields(this.#host, draft, err, set, this.save.busy)}
      <div aria-live="polite">
        ${uriChanges
          ? html`<div class="notice warning" id="uri-change">${change}
              <p><strong>${t('registration.edit.uriConsequence', { env: 'AUTHSEC_RESOURCE_URI' })}</strong></p></div>`
          : nothing}
      </div>
      ${this.save.error ? html`<div class="notice danger" role="alert" id="edit-failure" tabindex="-1">${this.save.error}</div>` : nothing}
      <div class="actions">
        <authsec-ui-button type="submit" variant="primary" .loading=${this.save.busy} .locale=${locale}>${t('registration.edit.save')}</authsec-ui-button>
        <authsec-ui-button .locale=${locale} @click=${() => this.#cancel()}>${t('registration.edit.cancel')}</authsec-ui-button>
      </div>
      <authsec-ui-confirm-dialog class="uri-dialog" .heading=${t('registration.edit.confirmHeading')} .confirmLabel=${t('registration.edit.confirm')} .locale=${locale}>
        ${change}
        <p>${t('registration.edit.uriConsequence', { env: 'AUTHSEC_RESOURCE_URI' })}</p>
      </authsec-ui-confirm-dialog>
    </form>`;
  }

  async #save(event: Event, app: ResourceServer): Promise<void> {
    event.preventDefault();
    const client = this.#host.client;
    const draft = this.draft;
    if (!client || !draft || this.save.busy) return;
    this.#touched = true;
    this.#host.requestUpdate();
    const first = firstProblemField(checkEdit(draft));
    if (first) return this.#options.focusField(first);
    const body = updateRequest(app, draft);
    if (!body) {
      this.#close();
      this.#options.unchanged();
      return;
    }
    const next = previewResourceUri(draft.publicBaseUrl, draft.protectedPath);
    if (next !== app.resource_uri) {
      const dialog = this.#host.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog.uri-dialog');
      if (!dialog || !(await dialog.open())) return;
    }
    let field: RegistrationField | undefined;
    const saved = await this.save.run(() => client.call(updateResourceServer, { params: { id: app.id }, body }), {
      failed: (error, words) => {
        const refusal = fieldRefusal(this.#host, error, next ?? '');
        if (!refusal) return words;
        // A refusal about one field is shown at that field, not as a notice.
        field = refusal.field;
        this.#serverErrors = { [refusal.field]: refusal.words };
        return '';
      },
    });
    if (field) return this.#options.focusField(field);
    if (!saved) {
      await this.#host.updateComplete;
      refocus(this.#host, this.#host.renderRoot.querySelector<HTMLElement>('#edit-failure'));
      return;
    }
    this.#close();
    await this.#options.saved(saved, app);
  }
}

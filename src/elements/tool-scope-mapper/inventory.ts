/**
 * The Tools tab's inventory panels: scan the server now (with a one-time MCP bearer token), add a
 * tool by hand, and create a scope without leaving the tab. Their form state lives here; the
 * element owns the data, the busy flag and what happens after (refresh, announce, select).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AuthsecClient } from '../../api/client.js';
import { AuthsecError } from '../../api/errors.js';
import type { ResourceServer } from '../../api/resource-servers.js';
import type { InventorySource } from '../../api/scope-matrix.js';
import { createScope } from '../../api/scopes.js';
import { createTool, rescan, type DiscoverySyncResult } from '../../api/tools.js';
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import { checkScopeString, namespacedScope, scopeNamespace } from '../../model/scope-string.js';
import { displayText } from '../../model/text-safety.js';
import { SOURCE_ORDER } from '../../model/tool-filters.js';
import type { MappingBase } from '../../model/tool-mapping.js';
import '../../ui/button.js';

/** What the element is doing; one thing at a time. */
export type Busy = '' | 'load' | 'save' | 'scan' | 'add' | 'scope';

export const TOOL_NAME_MAX = 128;

export interface InventoryHost {
  client(): AuthsecClient | undefined;
  applicationId(): string | undefined;
  readonly(): boolean;
  locale(): string | undefined;
  renderRoot(): ParentNode;
  busy(): Busy;
  setBusy(busy: Busy): void;
  requestUpdate(): void;
  t(key: MessageKey, params?: MessageParams): string;
  reason(error: unknown): string;
  announce(message: string): void;
  fail(message: string): void;
  /** Fresh data after a change (staged edits carried over). */
  refresh(): Promise<unknown>;
  /** A scope was created: the admin wants to map to it next. */
  scopeCreated(scopeId: string): void;
}

export interface InventoryData {
  readonly app: ResourceServer;
  readonly base: MappingBase;
}

interface FormState {
  scan?: { result?: DiscoverySyncResult; error?: string } | undefined;
  addName: string;
  addDescription: string;
  addError: string;
  scopeSuffix: string;
  scopeName: string;
  scopeTouched: boolean;
}

export class InventoryPanels {
  /** Form state; every assignment re-renders the element. */
  private readonly s: FormState;

  constructor(private readonly host: InventoryHost) {
    const initial: FormState = { addName: '', addDescription: '', addError: '', scopeSuffix: '', scopeName: '', scopeTouched: false };
    this.s = new Proxy(initial, {
      set: (target, key, value) => {
        Reflect.set(target, key, value);
        host.requestUpdate();
        return true;
      },
    });
  }

  #setBusy(busy: Busy): void {
    this.host.setBusy(busy);
  }

  async runScan(form: HTMLFormElement): Promise<void> {
    if (this.host.readonly()) return;
    const client = this.host.client();
    const id = this.host.applicationId();
    if (!client || !id || this.host.busy()) return;
    const input = form.querySelector<HTMLInputElement>('#scan-token')!;
    const token = input.value.trim();
    // The token lives only in this request: out of the field before anything can await.
    input.value = '';
    this.#setBusy('scan');
    this.s.scan = undefined;
    try {
      const r = await client.call(rescan, { params: { id }, body: token ? { mcp_token: token } : {} });
      this.s.scan = { result: r.result };
      this.host.announce(this.host.t('mapper.scan.result', { added: r.result.tools_added, updated: r.result.tools_updated, removed: r.result.tools_removed }));
      await this.host.refresh();
    } catch (error) {
      const env = error instanceof AuthsecError ? error.envelope : undefined;
      const why = typeof env?.['failure_reason'] === 'string' ? displayText(env['failure_reason'], 300) : undefined;
      this.s.scan = {
        error: error instanceof AuthsecError && error.status === 409
          ? this.host.t('mapper.scan.running')
          : this.host.t('mapper.scan.failed', { reason: why ?? this.host.reason(error) }),
      };
    } finally {
      this.#setBusy('');
    }
  }

  #addProblem(name: string): string {
    if (!name.trim()) return this.host.t('mapper.add.problem.empty');
    if (/\s/.test(name.trim())) return this.host.t('mapper.add.problem.space');
    if (name.trim().length > TOOL_NAME_MAX) return this.host.t('mapper.add.problem.long');
    return '';
  }

  async addTool(): Promise<void> {
    if (this.host.readonly()) return;
    const client = this.host.client();
    const id = this.host.applicationId();
    if (!client || !id || this.host.busy()) return;
    const problem = this.#addProblem(this.s.addName);
    this.s.addError = problem;
    if (problem) {
      this.host.renderRoot().querySelector<HTMLInputElement>('#add-name')?.focus();
      return;
    }
    this.#setBusy('add');
    const name = this.s.addName.trim();
    try {
      const description = this.s.addDescription.trim();
      await client.call(createTool, { params: { id }, body: { name, inventory_source: 'manual', ...(description ? { description } : {}) } });
      this.s.addName = this.s.addDescription = '';
      this.host.announce(this.host.t('mapper.add.added', { tool: displayText(name, TOOL_NAME_MAX) }));
      await this.host.refresh();
    } catch (error) {
      const existing = error instanceof AuthsecError && error.status === 409 ? error.envelope['existing_source'] : undefined;
      this.s.addError = typeof existing === 'string'
        ? this.host.t('mapper.add.exists', {
            tool: displayText(name, TOOL_NAME_MAX),
            source: (SOURCE_ORDER as readonly string[]).includes(existing) ? this.host.t(`mapper.source.${existing as InventorySource}`) : displayText(existing, 40),
          })
        : this.host.t('mapper.failed', { reason: this.host.reason(error) });
    } finally {
      this.#setBusy('');
    }
  }

  #scopeProblems(d: InventoryData): { scope?: string; name?: string } {
    if (!this.s.scopeTouched) return {};
    const out: { scope?: string; name?: string } = {};
    const full = namespacedScope(d.app.name, this.s.scopeSuffix);
    const problem = checkScopeString(full, d.app.name, d.base.scopes.map((s) => s.scope_string));
    if (problem) out.scope = this.host.t(`scopes.problem.${problem}`, { namespace: scopeNamespace(d.app.name) });
    if (!this.s.scopeName.trim()) out.name = this.host.t('mapper.scope.nameMissing');
    return out;
  }

  async createScope(d: InventoryData): Promise<void> {
    if (this.host.readonly()) return;
    const client = this.host.client();
    if (!client || this.host.busy()) return;
    this.s.scopeTouched = true;
    const problems = this.#scopeProblems(d);
    if (problems.scope || problems.name) {
      this.host.renderRoot().querySelector<HTMLInputElement>(problems.scope ? '#scope-suffix' : '#scope-name')?.focus();
      return;
    }
    this.#setBusy('scope');
    try {
      const scope_string = namespacedScope(d.app.name, this.s.scopeSuffix);
      const created = await client.call(createScope, {
        params: { id: d.app.id },
        body: { scope_string, display_name: this.s.scopeName.trim(), risk_level: 'low' },
      });
      this.s.scopeSuffix = this.s.scopeName = '';
      this.s.scopeTouched = false;
      await this.host.refresh();
      // The scope is what the admin wants to map to next.
      this.host.scopeCreated(created.id);
      this.host.announce(this.host.t('mapper.scope.created', { scope: displayText(created.scope_string, 120) }));
    } catch (error) {
      this.host.fail(this.host.t('mapper.failed', { reason: this.host.reason(error) }));
    } finally {
      this.#setBusy('');
    }
  }


  renderScanForm(): TemplateResult {
    const r = this.s.scan?.result;
    return html`<form class="panel" @submit=${(e: Event) => { e.preventDefault(); void this.runScan(e.target as HTMLFormElement); }}>
      <p class="muted">${this.host.t('mapper.scan.intro')}</p>
      <div class="field">
        <label for="scan-token">${this.host.t('mapper.scan.token')}</label>
        <input id="scan-token" type="password" autocomplete="off" spellcheck="false" aria-describedby="scan-token-hint" />
        <p id="scan-token-hint" class="muted">${this.host.t('mapper.scan.tokenHint')}</p>
      </div>
      <authsec-ui-button type="submit" .locale=${this.host.locale()} .loading=${this.host.busy() === 'scan'} ?disabled=${!!this.host.busy() && this.host.busy() !== 'scan'}>${this.host.t('mapper.scan.run')}</authsec-ui-button>
      <div aria-live="polite">
        ${this.s.scan?.error ? html`<p class="notice danger">${this.s.scan.error}</p>` : nothing}
        ${r ? html`<p class="notice info">${this.host.t('mapper.scan.result', { added: r.tools_added, updated: r.tools_updated, removed: r.tools_removed })}</p>
          ${r.warnings.length ? html`<p>${this.host.t('mapper.scan.warnings')}</p><ul>${r.warnings.map((w) => html`<li>${displayText(w, 300)}</li>`)}</ul>` : nothing}` : nothing}
      </div>
    </form>`;
  }

  renderAddForm(): TemplateResult {
    return html`<form class="panel" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.addTool(); }}>
      <div class="field">
        <label for="add-name">${this.host.t('mapper.add.name')}</label>
        <input id="add-name" dir="ltr" autocomplete="off" spellcheck="false" .value=${this.s.addName} aria-describedby="add-hint add-error"
          aria-invalid=${this.s.addError ? 'true' : 'false'} @input=${(e: Event) => { this.s.addName = (e.target as HTMLInputElement).value; this.s.addError = ''; }} />
        <p id="add-hint" class="muted">${this.host.t('mapper.add.nameHint')}</p>
        <p id="add-error" class="error" aria-live="polite">${this.s.addError}</p>
      </div>
      <div class="field">
        <label for="add-description">${this.host.t('mapper.add.description')}</label>
        <textarea id="add-description" rows="2" .value=${this.s.addDescription} @input=${(e: Event) => (this.s.addDescription = (e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <authsec-ui-button type="submit" .locale=${this.host.locale()} .loading=${this.host.busy() === 'add'} ?disabled=${!!this.host.busy() && this.host.busy() !== 'add'}>${this.host.t('mapper.add.submit')}</authsec-ui-button>
    </form>`;
  }

  renderScopeForm(d: InventoryData): TemplateResult {
    const problems = this.#scopeProblems(d);
    const namespace = scopeNamespace(d.app.name);
    return html`<form class="panel" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.createScope(d); }}>
      <div class="field">
        <label for="scope-suffix">${this.host.t('mapper.scope.suffix')}</label>
        <div class="prefixed" dir="ltr"><span class="prefix" aria-hidden="true">${namespace}</span>
          <input id="scope-suffix" autocomplete="off" spellcheck="false" .value=${this.s.scopeSuffix} aria-describedby="scope-full scope-error"
            aria-invalid=${problems.scope ? 'true' : 'false'} @input=${(e: Event) => { this.s.scopeTouched = true; this.s.scopeSuffix = (e.target as HTMLInputElement).value; }} /></div>
        <p id="scope-full" class="muted"><code dir="ltr">${displayText(namespacedScope(d.app.name, this.s.scopeSuffix), 200)}</code></p>
        <p id="scope-error" class="error" aria-live="polite">${problems.scope ?? ''}</p>
      </div>
      <div class="field">
        <label for="scope-name">${this.host.t('mapper.scope.name')}</label>
        <input id="scope-name" .value=${this.s.scopeName} aria-describedby="scope-name-error" aria-invalid=${problems.name ? 'true' : 'false'}
          @input=${(e: Event) => (this.s.scopeName = (e.target as HTMLInputElement).value)} />
        <p id="scope-name-error" class="error" aria-live="polite">${problems.name ?? ''}</p>
      </div>
      <authsec-ui-button type="submit" .locale=${this.host.locale()} .loading=${this.host.busy() === 'scope'} ?disabled=${!!this.host.busy() && this.host.busy() !== 'scope'}>${this.host.t('mapper.scope.submit')}</authsec-ui-button>
    </form>`;
  }
}

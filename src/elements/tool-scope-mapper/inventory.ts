/**
 * The Tools tab's inventory panels: scan the server now (with a one-time MCP bearer token), add a
 * tool by hand, and create a scope without leaving the tab. Their form state and writes live here;
 * the element owns the data and what happens after (refresh, announce, select).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { AuthsecError } from '../../api/errors.js';
import type { ResourceServer } from '../../api/resource-servers.js';
import type { InventorySource } from '../../api/scope-matrix.js';
import { createScope } from '../../api/scopes.js';
import { createTool, rescan, type DiscoverySyncResult } from '../../api/tools.js';
import { Action } from '../../controllers/action.js';
import { AppSwitch } from '../../controllers/app-switch.js';
import type { AdminHost } from '../../controllers/host.js';
import { scanFailureKind } from '../../model/scan-failure.js';
import { checkScopeString, namespacedScope, scopeNamespace } from '../../model/scope-string.js';
import { displayText } from '../../model/text-safety.js';
import { SOURCE_ORDER } from '../../model/tool-filters.js';
import type { MappingBase } from '../../model/tool-mapping.js';
import '../../ui/button.js';

export const TOOL_NAME_MAX = 128;

export type InventoryHost = AdminHost;

export interface InventoryOptions {
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
  /** `protectedServer`: the server wants a bearer token, so the SDK's manifest is the way to its tools. */
  scan?: { result?: DiscoverySyncResult; error?: string; protectedServer?: boolean } | undefined;
  addName: string;
  addDescription: string;
  addError: string;
  scopeSuffix: string;
  scopeName: string;
  scopeTouched: boolean;
}

const EMPTY: FormState = { addName: '', addDescription: '', addError: '', scopeSuffix: '', scopeName: '', scopeTouched: false };

export class InventoryPanels implements ReactiveController {
  #s: FormState = EMPTY;
  readonly #switch: AppSwitch;
  readonly #scan: Action;
  readonly #add: Action;
  readonly #scope: Action;

  readonly #host: InventoryHost;
  readonly #options: InventoryOptions;
  readonly #group: Set<Action>;

  constructor(
    host: InventoryHost,
    options: InventoryOptions,
    /** The element's writes: one at a time. */
    group: Set<Action>,
  ) {
    this.#host = host;
    this.#options = options;
    this.#group = group;
    host.addController(this);
    this.#switch = new AppSwitch(host);
    const describe = (error: unknown) => host.t('mapper.failed', { reason: host.reason(error) });
    this.#scan = new Action(host, describe, group);
    this.#add = new Action(host, describe, group);
    this.#scope = new Action(host, describe, group);
  }

  /** Another application: a scan result or half-filled form of the previous one does not carry over. */
  hostUpdate(): void {
    if (this.#switch.switched()) this.#s = EMPTY;
  }

  #set(patch: Partial<FormState>): void {
    this.#s = { ...this.#s, ...patch };
    this.#host.requestUpdate();
  }

  /** Anything of the element's is being written (every write button waits). */
  get #busy(): boolean {
    return [...this.#group].some((a) => a.busy);
  }

  /** A panel's submit button: loading while its own action runs, disabled while another does. */
  #submit(action: Action, label: string): TemplateResult {
    return html`<authsec-ui-button type="submit" .locale=${this.#host.effectiveLocale} .loading=${action.busy} ?disabled=${this.#busy && !action.busy}>${label}</authsec-ui-button>`;
  }

  async runScan(form: HTMLFormElement): Promise<void> {
    const client = this.#host.client;
    const id = this.#host.applicationId;
    if (this.#host.readonly || !client || !id || this.#busy) return;
    const input = form.querySelector<HTMLInputElement>('#scan-token')!;
    const token = input.value.trim();
    // The token lives only in this request: out of the field before anything can await.
    input.value = '';
    this.#set({ scan: undefined });
    const t = this.#host.t.bind(this.#host);
    const r = await this.#scan.run(() => client.call(rescan, { params: { id }, body: token ? { mcp_token: token } : {} }), {
      failed: (error) => {
        const env = error instanceof AuthsecError ? error.envelope : undefined;
        const why = typeof env?.['failure_reason'] === 'string' ? displayText(env['failure_reason'], 300) : undefined;
        this.#set({ scan: {
          error: error instanceof AuthsecError && error.status === 409 ? t('mapper.scan.running') : t('mapper.scan.failed', { reason: why ?? this.#host.reason(error) }),
          protectedServer: scanFailureKind(why) === 'token_required',
        } });
        return '';
      },
    });
    if (!r) return;
    this.#set({ scan: { result: r.result } });
    this.#options.announce(t('mapper.scan.result', { added: r.result.tools_added, updated: r.result.tools_updated, removed: r.result.tools_removed }));
    await this.#options.refresh();
  }

  #addProblem(name: string): string {
    if (!name.trim()) return this.#host.t('mapper.add.problem.empty');
    if (/\s/.test(name.trim())) return this.#host.t('mapper.add.problem.space');
    if (name.trim().length > TOOL_NAME_MAX) return this.#host.t('mapper.add.problem.long');
    return '';
  }

  async addTool(): Promise<void> {
    const client = this.#host.client;
    const id = this.#host.applicationId;
    if (this.#host.readonly || !client || !id || this.#busy) return;
    const problem = this.#addProblem(this.#s.addName);
    this.#set({ addError: problem });
    if (problem) {
      this.#host.renderRoot.querySelector<HTMLInputElement>('#add-name')?.focus();
      return;
    }
    const t = this.#host.t.bind(this.#host);
    const name = this.#s.addName.trim();
    const description = this.#s.addDescription.trim();
    const added = await this.#add.run(
      () => client.call(createTool, { params: { id }, body: { name, inventory_source: 'manual', ...(description ? { description } : {}) } }),
      {
        failed: (error, words) => {
          const existing = error instanceof AuthsecError && error.status === 409 ? error.envelope['existing_source'] : undefined;
          this.#set({
            addError: typeof existing === 'string'
              ? t('mapper.add.exists', {
                  tool: displayText(name, TOOL_NAME_MAX),
                  source: (SOURCE_ORDER as readonly string[]).includes(existing) ? t(`mapper.source.${existing as InventorySource}`) : displayText(existing, 40),
                })
              : words,
          });
          return '';
        },
      },
    );
    if (!added) return;
    this.#set({ addName: '', addDescription: '' });
    this.#options.announce(t('mapper.add.added', { tool: displayText(name, TOOL_NAME_MAX) }));
    await this.#options.refresh();
  }

  #scopeProblems(d: InventoryData): { scope?: string; name?: string } {
    if (!this.#s.scopeTouched) return {};
    const out: { scope?: string; name?: string } = {};
    const full = namespacedScope(d.app.name, this.#s.scopeSuffix);
    const problem = checkScopeString(full, d.app.name, d.base.scopes.map((s) => s.scope_string));
    if (problem) out.scope = this.#host.t(`scopes.problem.${problem}`, { namespace: scopeNamespace(d.app.name) });
    if (!this.#s.scopeName.trim()) out.name = this.#host.t('mapper.scope.nameMissing');
    return out;
  }

  async createScope(d: InventoryData): Promise<void> {
    const client = this.#host.client;
    if (this.#host.readonly || !client || this.#busy) return;
    this.#set({ scopeTouched: true });
    const problems = this.#scopeProblems(d);
    if (problems.scope || problems.name) {
      this.#host.renderRoot.querySelector<HTMLInputElement>(problems.scope ? '#scope-suffix' : '#scope-name')?.focus();
      return;
    }
    const scope_string = namespacedScope(d.app.name, this.#s.scopeSuffix);
    const body = { scope_string, display_name: this.#s.scopeName.trim(), risk_level: 'low' as const };
    const created = await this.#scope.run(() => client.call(createScope, { params: { id: d.app.id }, body }), {
      failed: (_error, words) => {
        this.#options.fail(words);
        return '';
      },
    });
    if (!created) return;
    this.#set({ scopeSuffix: '', scopeName: '', scopeTouched: false });
    await this.#options.refresh();
    // The scope is what the admin wants to map to next.
    this.#options.scopeCreated(created.id);
    this.#options.announce(this.#host.t('mapper.scope.created', { scope: displayText(created.scope_string, 120) }));
  }

  renderScanForm(): TemplateResult {
    const r = this.#s.scan?.result;
    return html`<form class="panel" @submit=${(e: Event) => { e.preventDefault(); void this.runScan(e.target as HTMLFormElement); }}>
      <p class="muted">${this.#host.t('mapper.scan.intro')}</p>
      <div class="field">
        <label for="scan-token">${this.#host.t('mapper.scan.token')}</label>
        <input id="scan-token" type="password" autocomplete="off" spellcheck="false" aria-describedby="scan-token-hint" />
        <p id="scan-token-hint" class="muted">${this.#host.t('mapper.scan.tokenHint')}</p>
      </div>
      ${this.#submit(this.#scan, this.#host.t('mapper.scan.run'))}
      <div aria-live="polite">
        ${this.#s.scan?.error ? html`<p class="notice danger">${this.#s.scan.error}</p>` : nothing}
        ${this.#s.scan?.protectedServer ? this.#publishInstead() : nothing}
        ${r ? html`<p class="notice info">${this.#host.t('mapper.scan.result', { added: r.tools_added, updated: r.tools_updated, removed: r.tools_removed })}</p>
          ${r.warnings.length ? html`<p>${this.#host.t('mapper.scan.warnings')}</p><ul>${r.warnings.map((w) => html`<li>${displayText(w, 300)}</li>`)}</ul>` : nothing}` : nothing}
      </div>
    </form>`;
  }

  /** The way on from "bearer token required": the SDK publishes the manifest; then look again. */
  #publishInstead(): TemplateResult {
    const check = async () => {
      await this.#options.refresh();
      this.#options.announce(this.#host.t('mapper.refreshed'));
    };
    return html`<div class="notice scan-protected">
      <p>${this.#host.t('mapper.scan.protected')}</p>
      <authsec-ui-button size="small" class="check-published" .locale=${this.#host.effectiveLocale} ?disabled=${this.#busy}
        @click=${() => void check()}>${this.#host.t('mapper.scan.checkPublished')}</authsec-ui-button>
    </div>`;
  }

  renderAddForm(): TemplateResult {
    return html`<form class="panel" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.addTool(); }}>
      <div class="field">
        <label for="add-name">${this.#host.t('mapper.add.name')}</label>
        <input id="add-name" dir="ltr" autocomplete="off" spellcheck="false" .value=${this.#s.addName} aria-describedby="add-hint add-error"
          aria-invalid=${this.#s.addError ? 'true' : 'false'} @input=${(e: Event) => this.#set({ addName: (e.target as HTMLInputElement).value, addError: '' })} />
        <p id="add-hint" class="muted">${this.#host.t('mapper.add.nameHint')}</p>
        <p id="add-error" class="error" aria-live="polite">${this.#s.addError}</p>
      </div>
      <div class="field">
        <label for="add-description">${this.#host.t('mapper.add.description')}</label>
        <textarea id="add-description" rows="2" .value=${this.#s.addDescription} @input=${(e: Event) => this.#set({ addDescription: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      ${this.#submit(this.#add, this.#host.t('mapper.add.submit'))}
    </form>`;
  }

  renderScopeForm(d: InventoryData): TemplateResult {
    const problems = this.#scopeProblems(d);
    const namespace = scopeNamespace(d.app.name);
    return html`<form class="panel" novalidate @submit=${(e: Event) => { e.preventDefault(); void this.createScope(d); }}>
      <div class="field">
        <label for="scope-suffix">${this.#host.t('mapper.scope.suffix')}</label>
        <div class="prefixed" dir="ltr"><span class="prefix" aria-hidden="true">${namespace}</span>
          <input id="scope-suffix" autocomplete="off" spellcheck="false" .value=${this.#s.scopeSuffix} aria-describedby="scope-full scope-error"
            aria-invalid=${problems.scope ? 'true' : 'false'} @input=${(e: Event) => this.#set({ scopeTouched: true, scopeSuffix: (e.target as HTMLInputElement).value })} /></div>
        <p id="scope-full" class="muted"><code dir="ltr">${displayText(namespacedScope(d.app.name, this.#s.scopeSuffix), 200)}</code></p>
        <p id="scope-error" class="error" aria-live="polite">${problems.scope ?? ''}</p>
      </div>
      <div class="field">
        <label for="scope-name">${this.#host.t('mapper.scope.name')}</label>
        <input id="scope-name" .value=${this.#s.scopeName} aria-describedby="scope-name-error" aria-invalid=${problems.name ? 'true' : 'false'}
          @input=${(e: Event) => this.#set({ scopeName: (e.target as HTMLInputElement).value })} />
        <p id="scope-name-error" class="error" aria-live="polite">${problems.name ?? ''}</p>
      </div>
      ${this.#submit(this.#scope, this.#host.t('mapper.scope.submit'))}
    </form>`;
  }
}

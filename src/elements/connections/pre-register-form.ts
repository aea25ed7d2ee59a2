/**
 * The pre-registration form: a client's name, its redirect URIs (checked as the admin types, with
 * the consent rules: https, or loopback for an app on the person's device; no fragment, no user
 * information) and whether it can keep a secret.
 */
import { html, type TemplateResult } from 'lit';
import type { AdminHost } from '../../controllers/host.js';
import type { MessageKey } from '../../i18n/catalog.js';
import { redirectUriLines, redirectUriProblem } from '../../model/redirect-uri.js';
import '../../ui/button.js';

export interface PreRegisterDraft {
  name: string;
  redirects: string;
  confidential: boolean;
}

export interface DraftProblems {
  name?: string;
  redirects?: string;
}

export const emptyDraft = (): PreRegisterDraft => ({ name: '', redirects: '', confidential: false });

/** What stops the draft from being sent, in words (one line per bad redirect URI). */
export function draftProblems(host: Pick<AdminHost, 't' | 'text'>, draft: PreRegisterDraft): DraftProblems {
  const out: DraftProblems = {};
  if (!draft.name.trim()) out.name = host.t('connections.prereg.problem.name');
  const lines = draft.redirects.split(/\r?\n/);
  const seen = new Set<string>();
  const bad: string[] = [];
  lines.forEach((raw, i) => {
    const uri = raw.trim();
    if (!uri) return;
    const problem = seen.has(uri) ? 'duplicate' : redirectUriProblem(uri);
    seen.add(uri);
    if (problem) bad.push(host.t('connections.prereg.problem.line', { line: i + 1, problem: host.t(`connections.prereg.problem.${problem}` as MessageKey) }));
  });
  if (bad.length) out.redirects = bad.join('\n');
  else if (!redirectUriLines(draft.redirects).length) out.redirects = host.t('connections.prereg.problem.none');
  return out;
}

export interface FormContext {
  readonly host: Pick<AdminHost, 't' | 'effectiveLocale'>;
  readonly draft: PreRegisterDraft;
  /** Problems to show (none until the admin has typed or tried to submit). */
  readonly problems: DraftProblems;
  readonly busy: boolean;
  change(patch: Partial<PreRegisterDraft>): void;
  submit(event: Event): void;
  cancel(): void;
}

export function renderPreRegisterForm(ctx: FormContext): TemplateResult {
  const { host, draft, problems } = ctx;
  const t = (key: MessageKey) => host.t(key);
  // Enter in the name field submits, as in any form (the submit button lives in a shadow root).
  const enter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'text') ctx.submit(e);
  };
  return html`<form part="form" class="card prereg" novalidate aria-labelledby="prereg-h" @submit=${ctx.submit} @keydown=${enter}>
    <h3 id="prereg-h" tabindex="-1">${t('connections.prereg.heading')}</h3>
    <p class="muted">${t('connections.prereg.intro')}</p>
    <div class="field">
      <label for="client-name">${t('connections.prereg.name')}</label>
      <input id="client-name" type="text" name="client_name" autocomplete="off" maxlength="256" .value=${draft.name}
        aria-describedby="client-name-hint client-name-error" aria-invalid=${problems.name ? 'true' : 'false'}
        @input=${(e: Event) => ctx.change({ name: (e.target as HTMLInputElement).value })} />
      <p id="client-name-hint" class="muted">${t('connections.prereg.nameHint')}</p>
      <p id="client-name-error" class="error" aria-live="polite">${problems.name ?? ''}</p>
    </div>
    <div class="field">
      <label for="redirects">${t('connections.prereg.redirects')}</label>
      <textarea id="redirects" name="redirect_uris" rows="3" dir="ltr" spellcheck="false" autocapitalize="off" .value=${draft.redirects}
        aria-describedby="redirects-hint redirects-error" aria-invalid=${problems.redirects ? 'true' : 'false'}
        @input=${(e: Event) => ctx.change({ redirects: (e.target as HTMLTextAreaElement).value })}></textarea>
      <p id="redirects-hint" class="muted">${t('connections.prereg.redirectsHint')}</p>
      <p id="redirects-error" class="error" aria-live="polite">${problems.redirects ?? ''}</p>
    </div>
    <div class="field choice">
      <input id="confidential" type="checkbox" .checked=${draft.confidential} aria-describedby="confidential-hint"
        @change=${(e: Event) => ctx.change({ confidential: (e.target as HTMLInputElement).checked })} />
      <div>
        <label for="confidential">${t('connections.prereg.confidential')}</label>
        <span id="confidential-hint" class="muted">${t('connections.prereg.confidentialHint')}</span>
      </div>
    </div>
    <div class="actions">
      <authsec-ui-button type="submit" variant="primary" .loading=${ctx.busy} .locale=${host.effectiveLocale}>${t('connections.prereg.submit')}</authsec-ui-button>
      <authsec-ui-button variant="secondary" .locale=${host.effectiveLocale} @click=${ctx.cancel}>${t('connections.prereg.cancel')}</authsec-ui-button>
    </div>
  </form>`;
}

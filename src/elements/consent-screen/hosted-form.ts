/**
 * Today's AuthSec renders consent as an HTML form (`/authsec/hmgr/consent`, authsec-api-current.md
 * §3.3). This reads such a form into consent data by its fields and document structure (never by
 * class names or styles), and decides through it: the browser posts AuthSec's own fields and follows
 * the 302 itself, so the decision takes no extra request. A form that does not look as expected is
 * not read at all, and the page keeps it as it is.
 */

const RISKS = ['low', 'medium', 'high', 'critical'];
/** AuthSec's sentences for a scope it will not grant → the reasons the screen words itself. */
const REASONS: Readonly<Record<string, string>> = {
  'This scope is not declared by the resource server.': 'not_registered',
  'You do not have a role binding that grants this scope.': 'not_bound',
};

const textOf = (node: Element | null | undefined) => node?.textContent?.trim() ?? '';

/** `form.action`/`method` can be shadowed by fields of that name (AuthSec's buttons are `action`): read attributes. */
export function isConsentForm(form: HTMLFormElement): boolean {
  return (
    form.getAttribute('method')?.toLowerCase() === 'post' &&
    /\/hmgr\/consent$/.test(new URL(form.getAttribute('action') ?? '', location.href).pathname)
  );
}

const submitter = (form: HTMLFormElement, value: string) =>
  form.querySelector<HTMLButtonElement>(`button[name="action"][value="${value}"]`);

/**
 * The request a page's consent form makes, with what the page's JSON (if any) adds that the form
 * does not say: client name, return address, the tools behind each scope. What may be granted is
 * the form's; the JSON names refused scopes by their scope string, where the form has only titles.
 * Undefined when the form is not AuthSec's consent form.
 */
export function formRequest(host: Element, form: HTMLFormElement, inline: unknown): Record<string, unknown> | undefined {
  const read = readConsentForm(host, form);
  if (!read) return undefined;
  const extra = (inline ?? {}) as { scope_details?: { scope?: unknown; tools?: unknown }[]; rejected_scopes?: unknown; requested_scopes?: unknown };
  const tools = new Map(extra.scope_details?.map((d) => [d.scope, d.tools]));
  const details = (read.scope_details as { scope: string }[]).map((d) => ({ ...d, tools: tools.get(d.scope) }));
  const refused = extra.rejected_scopes ? { rejected_scopes: extra.rejected_scopes, requested_scopes: extra.requested_scopes } : {};
  return { ...extra, ...read, ...refused, scope_details: details };
}

/**
 * Consent data (the shape of AuthSec's JSON consent data, parsed by the element with the same
 * schema) read from the consent form inside `host`, or undefined when it is not one.
 */
export function readConsentForm(host: Element, form: HTMLFormElement): Record<string, unknown> | undefined {
  const challenge = form.querySelector<HTMLInputElement>('input[type="hidden"][name="consent_challenge"]')?.value;
  const rows = [...form.querySelectorAll('fieldset label')];
  if (!challenge || !rows.length || !submitter(form, 'allow') || !submitter(form, 'deny')) return undefined;
  const grantable: string[] = [];
  const details: Record<string, unknown>[] = [];
  const rejected: Record<string, string> = {};
  for (const row of rows) {
    const box = row.querySelector<HTMLInputElement>('input[type="checkbox"]');
    const title = textOf(row.querySelector('strong'));
    if (!box || !title) return undefined;
    // The header holds the checkbox, the title and the risk; after it come the description and,
    // for a scope AuthSec will not grant, its reason.
    const header = [...row.children].find((c) => c.contains(box));
    const notes = [...row.children].filter((c) => c !== header).map(textOf).filter(Boolean);
    const risk = [...(header?.children ?? [])].map((c) => textOf(c).toLowerCase()).find((t) => RISKS.includes(t));
    if (box.disabled) {
      const reason = notes.at(-1) ?? '';
      rejected[title] = REASONS[reason] ?? reason;
    } else if (box.name === 'grant_scope' && box.value) {
      grantable.push(box.value);
      details.push({ scope: box.value, display_name: title, description: notes[0], risk_level: risk });
    } else return undefined;
  }
  return {
    success: true,
    consent_challenge: challenge,
    // AuthSec names the client (its id) in the page's introduction, outside the form.
    client_id: textOf([...host.querySelectorAll('p strong')].find((s) => !form.contains(s))),
    requested_scopes: [...grantable, ...Object.keys(rejected)],
    grantable_scopes: grantable,
    rejected_scopes: rejected,
    scope_details: details,
    remember: form.querySelector<HTMLInputElement>('input[type="checkbox"][name="remember"]')?.checked,
  };
}

/** Sends the decision through AuthSec's form: the browser posts it and follows the answer. */
export function submitConsentForm(form: HTMLFormElement, allow: boolean, granted: ReadonlySet<string>, remember: boolean): void {
  for (const input of form.querySelectorAll('input')) {
    if (input.name === 'grant_scope') input.checked = granted.has(input.value);
    if (input.name === 'remember') input.checked = remember;
  }
  form.requestSubmit(submitter(form, allow ? 'allow' : 'deny'));
}

/**
 * The hosted page with nothing added but the drop-in's `<script>`: AuthSec's consent form (with the
 * heading and introduction before it, and the server's consent data if the page has some) moves into
 * a new `<authsec-consent-screen>`, which shows the full screen instead. Anything unexpected: nothing
 * moves, the plain form keeps working.
 */
export function upgradeConsentPage(doc: Document): void {
  if (doc.querySelector('authsec-consent-screen')) return;
  const form = [...doc.forms].find(isConsentForm);
  if (!form?.parentElement || !readConsentForm(form.parentElement, form)) return;
  const intro: Element[] = [];
  for (let node = form.previousElementSibling; node && /^(H1|P)$/.test(node.tagName); node = node.previousElementSibling) intro.unshift(node);
  const screen = doc.createElement('authsec-consent-screen');
  screen.toggleAttribute('page');
  form.parentElement.insertBefore(screen, intro[0] ?? form);
  const data = doc.querySelector('script[type="application/json"]#authsec-consent-data');
  screen.append(...(data ? [data] : []), ...intro, form);
}

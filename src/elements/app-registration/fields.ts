/** The text fields the registration and the edit forms share. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AuthsecError } from '../../api/errors.js';
import type { ElementHost } from '../../controllers/host.js';
import type { MessageKey } from '../../i18n/catalog.js';
import { previewResourceUri, serverProblem, type RegistrationField } from '../../model/registration-form.js';
import { displayText } from '../../model/text-safety.js';
import { wrapAtSeparators } from '../../ui/identifier.js';

type Words = Pick<ElementHost, 't'>;

/** Each field's control id, to move focus to the first problem. */
export const FIELD_INPUT: Readonly<Record<RegistrationField, string>> = {
  name: 'name', publicBaseUrl: 'url', protectedPath: 'path', applicationType: 'type-mcp_server', presetId: 'preset', registrationModes: 'mode-dcr',
};

export interface TextField {
  id: string;
  field: RegistrationField;
  value: string;
  error: string;
  label: MessageKey;
  hint: MessageKey;
  busy: boolean;
  type?: 'text' | 'url';
  onInput(value: string): void;
}

export function textField(host: Words, f: TextField): TemplateResult {
  const t = (key: MessageKey) => host.t(key);
  const { id, type = 'text' } = f;
  const describedBy = f.field === 'name' ? `${id}-hint ${id}-error` : `${id}-hint ${id}-error resource-uri`;
  return html`<div class="field">
    <label for=${id}>${t(f.label)} <span class="req">${t('registration.field.required')}</span></label>
    <input id=${id} name=${id} type=${type} .value=${live(f.value)} autocomplete="off" spellcheck="false"
      ?readonly=${f.busy} aria-required="true" aria-invalid=${f.error ? 'true' : 'false'} aria-describedby=${describedBy}
      dir=${type === 'url' ? 'ltr' : 'auto'}
      @input=${(e: Event) => f.onInput((e.target as HTMLInputElement).value)} />
    <p id=${`${id}-hint`} class="muted">${t(f.hint)}</p>
    <p id=${`${id}-error`} class="error" aria-live="polite">${f.error}</p>
  </div>`;
}

/** The three text fields of an application: name, Public Base URL, Protected Path. */
/**
 * The three text fields of an application (name, Public Base URL, Protected Path) and the
 * Resource URI they compose, live; `hint` adds why that URI matters (when registering).
 */
export function nameAndUrlFields(
  host: Words,
  values: { name: string; publicBaseUrl: string; protectedPath: string },
  error: (field: RegistrationField) => string,
  set: (field: 'name' | 'publicBaseUrl' | 'protectedPath', value: string) => void,
  busy: boolean,
  hint = false,
): TemplateResult {
  const uri = previewResourceUri(values.publicBaseUrl, values.protectedPath);
  return html`${textField(host, { id: 'name', field: 'name', value: values.name, error: error('name'), label: 'registration.field.name', hint: 'registration.field.nameHint', busy, onInput: (v) => set('name', v) })}
    ${textField(host, { id: 'url', field: 'publicBaseUrl', value: values.publicBaseUrl, error: error('publicBaseUrl'), label: 'registration.field.url', hint: 'registration.field.urlHint', busy, type: 'url', onInput: (v) => set('publicBaseUrl', v) })}
    ${textField(host, { id: 'path', field: 'protectedPath', value: values.protectedPath, error: error('protectedPath'), label: 'registration.field.path', hint: 'registration.field.pathHint', busy, onInput: (v) => set('protectedPath', v) })}
    <div part="resource-uri" class="resource-uri">
      <span id="uri-label" class="muted">${host.t('registration.resourceUri')}</span>
      <output id="resource-uri" aria-labelledby="uri-label" dir="ltr" class=${uri ? '' : 'pending'}>${uri ? wrapAtSeparators(displayText(uri, 400)) : host.t('registration.resourceUriPending')}</output>
      ${hint ? html`<span class="muted">${host.t('registration.resourceUriHint')}</span>` : nothing}
    </div>`;
}

/** Enter in a one-line field submits, as in any form (the submit button lives in a shadow root). */
export function enterSubmits(submit: (event: Event) => void): (event: KeyboardEvent) => void {
  return (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && (e.target.type === 'text' || e.target.type === 'url')) submit(e);
  };
}

/**
 * A refusal AuthSec gave about one field (a duplicate Resource URI, a URL that is not https…), in
 * words for that field; undefined for any other failure.
 */
export function fieldRefusal(host: Words, error: unknown, uri: string): { field: RegistrationField; words: string } | undefined {
  const message = error instanceof AuthsecError ? error.serverMessage : undefined;
  const mapped = error instanceof AuthsecError && error.code === 'validation' ? serverProblem(message) : undefined;
  if (!mapped) return undefined;
  const words = mapped.problem === 'duplicate'
    ? host.t('registration.server.duplicate', { uri: displayText(uri, 300) })
    : mapped.problem === 'not_https'
      ? host.t('registration.problem.url_not_https')
      : host.t('registration.server.other', { reason: displayText(message ?? '', 300) });
  return { field: mapped.field, words };
}

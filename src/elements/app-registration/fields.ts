/** The text fields the registration and the edit forms share. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import type { RegistrationField } from '../../model/registration-form.js';

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

export function textField(t: (key: MessageKey, params?: MessageParams) => string, f: TextField): TemplateResult {
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
export function nameAndUrlFields(
  t: (key: MessageKey, params?: MessageParams) => string,
  values: { name: string; publicBaseUrl: string; protectedPath: string },
  error: (field: RegistrationField) => string,
  set: (field: 'name' | 'publicBaseUrl' | 'protectedPath', value: string) => void,
  busy: boolean,
): TemplateResult {
  return html`${textField(t, { id: 'name', field: 'name', value: values.name, error: error('name'), label: 'registration.field.name', hint: 'registration.field.nameHint', busy, onInput: (v) => set('name', v) })}
    ${textField(t, { id: 'url', field: 'publicBaseUrl', value: values.publicBaseUrl, error: error('publicBaseUrl'), label: 'registration.field.url', hint: 'registration.field.urlHint', busy, type: 'url', onInput: (v) => set('publicBaseUrl', v) })}
    ${textField(t, { id: 'path', field: 'protectedPath', value: values.protectedPath, error: error('protectedPath'), label: 'registration.field.path', hint: 'registration.field.pathHint', busy, onInput: (v) => set('protectedPath', v) })}`;
}

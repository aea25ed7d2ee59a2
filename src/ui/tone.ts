import { css } from 'lit';

export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const TONES: readonly Tone[] = ['neutral', 'info', 'success', 'warning', 'danger'];

/**
 * For the toned inline labels (badge, status pill): inline layout inside text, and the host's
 * `tone` attribute mapped to `--_tone` (text/border) and `--_tone-bg` (subtle background).
 */
export const toneStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
    vertical-align: middle;
    --_tone: var(--_authsec-color-neutral);
    --_tone-bg: var(--_authsec-color-neutral-subtle);
  }
  :host([tone='info']) {
    --_tone: var(--_authsec-color-info);
    --_tone-bg: var(--_authsec-color-info-subtle);
  }
  :host([tone='success']) {
    --_tone: var(--_authsec-color-success);
    --_tone-bg: var(--_authsec-color-success-subtle);
  }
  :host([tone='warning']) {
    --_tone: var(--_authsec-color-warning);
    --_tone-bg: var(--_authsec-color-warning-subtle);
  }
  :host([tone='danger']) {
    --_tone: var(--_authsec-color-danger);
    --_tone-bg: var(--_authsec-color-danger-subtle);
  }
`;

/**
 * How readiness looks wherever it shows (the list, the Overview, the console header): the tone of
 * each area state and risk, and the launch state as a pill.
 */
import { html, type TemplateResult } from 'lit';
import type { ResourceServer } from '../../api/resource-servers.js';
import type { ElementHost } from '../../controllers/host.js';
import { registerDefaults, type MessageKey } from '../../i18n/catalog.js';
import { readinessEn } from '../../i18n/messages/readiness.en.js';
import { isLaunched, type ApplicationRisk, type AreaState } from '../../model/readiness.js';
import '../../ui/status-pill.js';
import type { Tone } from '../../ui/tone.js';

registerDefaults(readinessEn);

export const AREA_TONE: Readonly<Record<AreaState, Tone>> = { ok: 'success', warn: 'warning', err: 'danger', none: 'neutral' };
export const RISK_TONE: Readonly<Record<ApplicationRisk, Tone>> = { high: 'danger', needs_review: 'warning', low: 'success' };

export function statePill(host: Pick<ElementHost, 't'>, app: Pick<ResourceServer, 'state' | 'setup_completed_at'>): TemplateResult {
  const [tone, key]: [Tone, MessageKey] = isLaunched(app)
    ? ['success', 'readiness.state.launched']
    : app.state === 'scan_failed'
      ? ['danger', 'readiness.state.scanFailed']
      : app.state === 'pending_scan'
        ? ['neutral', 'readiness.state.waitingForScan']
        : ['warning', 'readiness.state.notLaunched'];
  return html`<authsec-ui-status-pill class="state" tone=${tone} .label=${host.t(key)}></authsec-ui-status-pill>`;
}

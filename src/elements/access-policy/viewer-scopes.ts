/**
 * The scopes of the application's `rs-<id>:viewer` role, chosen inside the default-role list, next
 * to Viewer. AuthSec creates that role with no scopes, offers only roles that grant something as
 * the default (`role_options`), and refuses activation until viewer grants at least one
 * (`step_5_viewer_role_empty`); the only way to give it scopes is
 * `PUT …/roles/:role_id/scope-grants` (authsec-api.md §6.1, §6.2). This controller keeps the
 * unsaved choice; the Access tab saves it with the default access, in one Save.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { RsRole } from '../../api/roles.js';
import type { OAuthScope } from '../../api/scopes.js';
import { AppSwitch } from '../../controllers/app-switch.js';
import type { AdminHost } from '../../controllers/host.js';
import { displayText } from '../../model/text-safety.js';
import { identifier } from '../../ui/identifier.js';
import '../../ui/button.js';

/** The `rs-<id>:viewer` role of an application, if AuthSec created it. */
export function viewerRoleOf(applicationId: string, roles: readonly RsRole[]): RsRole | undefined {
  return roles.find((r) => r.name === `rs-${applicationId}:viewer`);
}

/** The scope ids viewer grants today; undefined when AuthSec sent a count but not which. */
export function viewerScopeIds(viewer: RsRole): string[] | undefined {
  if (viewer.granted_scopes) return viewer.granted_scopes.map((s) => s.scope_id);
  return viewer.permissions === 0 ? [] : undefined;
}

export class ViewerScopes implements ReactiveController {
  /** Scope ids chosen but not saved; undefined while the choice equals what AuthSec has. */
  #draft?: readonly string[];
  /** The admin opened the choice for a viewer that already grants something. */
  #open = false;
  readonly #switch: AppSwitch;

  readonly #host: AdminHost;

  constructor(host: AdminHost) {
    this.#host = host;
    host.addController(this);
    this.#switch = new AppSwitch(host);
  }

  /** Another application: its unsaved choice is not this one's. */
  hostUpdate(): void {
    if (this.#switch.switched()) this.discard();
  }

  /** Forget the unsaved choice (Discard changes, or after a save). */
  discard(): void {
    this.#draft = undefined;
    this.#open = false;
    this.#host.requestUpdate();
  }

  /** What viewer will grant after a save. */
  chosen(viewer: RsRole): readonly string[] {
    return this.#draft ?? viewerScopeIds(viewer) ?? [];
  }

  /** The scope ids to save, when they differ from what AuthSec has; else undefined. */
  pending(viewer: RsRole): string[] | undefined {
    const saved = viewerScopeIds(viewer);
    if (!this.#draft || !saved || sameSet(this.#draft, saved)) return undefined;
    return [...this.#draft];
  }

  /**
   * Under the Viewer option: when it grants nothing, the scopes to choose (always shown: the
   * application cannot launch without them); otherwise a button that opens the same choice.
   */
  render(viewer: RsRole, scopes: readonly OAuthScope[], disabled: boolean): TemplateResult | typeof nothing {
    const t = this.#host.t.bind(this.#host);
    const saved = viewerScopeIds(viewer);
    // AuthSec said how many but not which: the choice would start from a guess.
    if (!saved) return nothing;
    const chosen = this.chosen(viewer);
    if (saved.length && !this.#open) {
      return this.#host.readonly
        ? nothing
        : html`<authsec-ui-button class="viewer-open" size="small" variant="ghost" .locale=${this.#host.effectiveLocale} ?disabled=${disabled}
            @click=${() => { this.#open = true; this.#host.requestUpdate(); }}>${t('access.viewer.change')}</authsec-ui-button>`;
    }
    if (!scopes.length) return html`<p class="muted viewer-note">${t('access.viewer.noScopes')}</p>`;
    const toggle = (id: string, on: boolean) => {
      const rest = chosen.filter((x) => x !== id);
      this.#draft = on ? [...rest, id] : rest;
      this.#host.requestUpdate();
    };
    return html`<fieldset class="viewer-choices" part="viewer-scopes">
      <legend>${t('access.viewer.legend')}</legend>
      ${scopes.map((s) => {
        const name = displayText(s.display_name || s.scope_string, 80);
        const scope = displayText(s.scope_string, 120);
        return html`<label class="check">
          <input type="checkbox" .checked=${chosen.includes(s.id)} ?disabled=${this.#host.readonly || disabled}
            @change=${(e: Event) => toggle(s.id, (e.target as HTMLInputElement).checked)} />
          <span class="check-text"><span dir="auto">${name}</span>${name !== scope ? html` <code dir="ltr">${identifier(scope)}</code>` : nothing}</span>
        </label>`;
      })}
    </fieldset>`;
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * A searchable person picker (search box + native select): its search text and choice, and the
 * rule for what it shows as chosen. The Access tab has two (add an exception, who gets what).
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { AppSwitch } from '../../controllers/app-switch.js';
import type { AdminHost } from '../../controllers/host.js';
import { displayText } from '../../model/text-safety.js';
import { searchText } from '../../model/tool-filters.js';
import type { Person } from './access-data.js';

/** A native select stays quick with this many options; the search narrows the rest. */
const PICKER_LIMIT = 100;

export class PersonPicker implements ReactiveController {
  search = '';
  selected = '';
  readonly #switch: AppSwitch;

  readonly #host: AdminHost;
  readonly #changed: () => void = () => {};

  constructor(
    host: AdminHost,
    /** The control's id (the search box is `<id>-search`). */
    readonly id: string,
    /** Called after the admin typed or picked (e.g. to clear an error). */
    changed: () => void = () => {},
  ) {
    this.#host = host;
    this.#changed = changed;
    host.addController(this);
    this.#switch = new AppSwitch(host);
  }

  /** Another application: its search and choice do not carry over. */
  hostUpdate(): void {
    if (this.#switch.switched()) this.search = this.selected = '';
  }

  /** Forget the search and the choice (after adding). */
  reset(): void {
    this.search = this.selected = '';
    this.#host.requestUpdate();
  }

  /**
   * The person shown as chosen: the admin's pick while it still matches the search, else the first
   * match once they have typed something, else nobody (no silent default on an empty search).
   */
  picked(people: readonly Person[]): { shown: Person[]; matches: number; value: string } {
    const terms = searchText(this.search).split(' ').filter(Boolean);
    const matches = terms.length ? people.filter((p) => terms.every((t) => p.key.includes(t))) : [...people];
    const shown = matches.slice(0, PICKER_LIMIT);
    const value = shown.some((p) => p.id === this.selected) ? this.selected : this.search.trim() ? shown[0]?.id ?? '' : '';
    return { shown, matches: matches.length, value };
  }

  render(people: readonly Person[], label: string): TemplateResult {
    const t = this.#host.t.bind(this.#host);
    const { shown, matches, value } = this.picked(people);
    const id = this.id;
    const count = matches > PICKER_LIMIT ? t('access.picker.more', { shown: PICKER_LIMIT, count: matches }) : t('access.picker.count', { count: matches });
    const set = (patch: () => void) => {
      patch();
      this.#changed();
      this.#host.requestUpdate();
    };
    return html`<div class="field">
        <label for=${`${id}-search`}>${t('access.picker.search')}</label>
        <input id=${`${id}-search`} type="search" autocomplete="off" spellcheck="false" .value=${this.search} aria-describedby=${`${id}-count`}
          @input=${(e: Event) => set(() => (this.search = (e.target as HTMLInputElement).value))} />
        <p id=${`${id}-count`} class="muted" aria-live="polite">${count}</p>
      </div>
      <div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} .value=${value} ?disabled=${!shown.length} @change=${(e: Event) => set(() => (this.selected = (e.target as HTMLSelectElement).value))}>
          <option value="" ?selected=${value === ''}>${t('access.picker.choose')}</option>
          ${shown.map((p) => html`<option value=${p.id} ?selected=${p.id === value}>${personLabel(p)}</option>`)}
        </select>
      </div>`;
  }
}

/** "Name <email>", or the name alone when it is the email. */
export function personLabel(p: Person): string {
  const name = displayText(p.name, 60);
  return p.email && p.email !== p.name ? `${name} <${displayText(p.email, 80)}>` : name;
}

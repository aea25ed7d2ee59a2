/**
 * "Find a person": one control, an editable combobox with a list of people under it (the ARIA
 * "list autocomplete" pattern). Typing filters the list and highlights its first match; the arrow
 * keys move through it, Enter picks, Escape closes the list (or, when it is closed, clears the box).
 * Focus stays in the text box: the highlighted person is `aria-activedescendant`. The Access tab has
 * two (add an exception, who gets what).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AppSwitch } from '../../controllers/app-switch.js';
import type { AdminHost } from '../../controllers/host.js';
import { displayText } from '../../model/text-safety.js';
import { searchText } from '../../model/tool-filters.js';
import type { Person } from './access-data.js';

/** The list shows this many at most; typing narrows the rest. */
const PICKER_LIMIT = 100;

export class PersonPicker implements ReactiveController {
  /** What the admin typed (empty once they picked someone). */
  search = '';
  /** The person picked from the list ('' for nobody). */
  selected = '';
  /** The list is open. */
  #open = false;
  /** The highlighted option (an index into what the list shows), -1 for none. */
  #active = -1;
  /** The highlight moved by keyboard: bring it into view after the update. */
  #reveal = false;
  readonly #switch: AppSwitch;

  readonly #host: AdminHost;
  readonly #changed: () => void = () => {};

  constructor(
    host: AdminHost,
    /** The text box's id (the list is `<id>-list`, the count `<id>-count`). */
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
    if (this.#switch.switched()) this.#clear();
  }

  hostUpdated(): void {
    if (!this.#reveal) return;
    this.#reveal = false;
    this.#host.renderRoot.querySelector(`#${this.id}-opt-${this.#active}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** Forget the search and the choice (after adding). */
  reset(): void {
    this.#clear();
    this.#host.requestUpdate();
  }

  #clear(): void {
    this.search = this.selected = '';
    this.#open = false;
    this.#active = -1;
  }

  /**
   * Who the list shows and who is chosen: the person picked from the list, else the only match of
   * what was typed (so "ivan" is Ivan), else nobody: several matches never pick one silently.
   */
  picked(people: readonly Person[]): { shown: Person[]; matches: number; value: string } {
    const terms = searchText(this.search).split(' ').filter(Boolean);
    const matches = terms.length ? people.filter((p) => terms.every((t) => p.key.includes(t))) : [...people];
    const shown = matches.slice(0, PICKER_LIMIT);
    const value = this.selected && people.some((p) => p.id === this.selected) ? this.selected : terms.length && matches.length === 1 ? matches[0]!.id : '';
    return { shown, matches: matches.length, value };
  }

  render(people: readonly Person[], label: string): TemplateResult {
    const t = this.#host.t.bind(this.#host);
    const { shown, matches, value } = this.picked(people);
    const id = this.id;
    const chosen = this.selected ? people.find((p) => p.id === this.selected) : undefined;
    const open = this.#open && shown.length > 0;
    const active = open && this.#active >= 0 && this.#active < shown.length ? this.#active : -1;
    const count = chosen ? '' : matches > PICKER_LIMIT ? t('access.picker.more', { shown: PICKER_LIMIT, count: matches }) : t('access.picker.count', { count: matches });
    const update = (patch: () => void, changed = false) => {
      patch();
      if (changed) this.#changed();
      this.#host.requestUpdate();
    };
    const pick = (p: Person) => update(() => {
      this.selected = p.id;
      this.search = '';
      this.#open = false;
      this.#active = -1;
    }, true);
    const move = (to: number) => update(() => {
      this.#open = true;
      this.#active = Math.max(0, Math.min(shown.length - 1, to));
      this.#reveal = true;
    });
    const keydown = (e: KeyboardEvent) => {
      if (e.altKey && e.key === 'ArrowDown') {
        e.preventDefault();
        update(() => (this.#open = true));
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!shown.length) return;
        const current = shown.findIndex((p) => p.id === value);
        if (!open) move(current >= 0 ? current : e.key === 'ArrowDown' ? 0 : shown.length - 1);
        else move(active + (e.key === 'ArrowDown' ? 1 : -1));
      } else if (e.key === 'Enter' && active >= 0) {
        // Enter picks the highlighted person; it submits the form only when the list is closed.
        e.preventDefault();
        pick(shown[active]!);
      } else if (e.key === 'Escape') {
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          update(() => (this.#open = false));
        } else if (this.search || this.selected) {
          e.preventDefault();
          e.stopPropagation();
          update(() => this.#clear(), true);
        }
      }
    };
    const input = (e: Event) => update(() => {
      this.search = (e.target as HTMLInputElement).value;
      this.selected = '';
      this.#open = true;
      this.#active = 0;
    }, true);
    const focusout = (e: FocusEvent) => {
      if (this.#open && !(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) update(() => (this.#open = false));
    };
    return html`<div class="field person-picker">
      <label for=${id}>${label}</label>
      <div class="combo" @focusout=${focusout}>
        <input id=${id} type="text" role="combobox" autocomplete="off" spellcheck="false" aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'} aria-controls=${`${id}-list`} aria-activedescendant=${active >= 0 ? `${id}-opt-${active}` : nothing}
          aria-describedby=${`${id}-count`} placeholder=${t('access.picker.placeholder')}
          .value=${live(chosen ? personLabel(chosen) : this.search)}
          @input=${input} @keydown=${keydown} @click=${() => update(() => (this.#open = !this.#open))} />
        <ul id=${`${id}-list`} class="options" role="listbox" aria-label=${label} ?hidden=${!open}>
          ${open
            ? shown.map((p, i) => html`<li id=${`${id}-opt-${i}`} role="option" aria-selected=${i === active ? 'true' : 'false'} class=${i === active ? 'active' : ''}
                @mousedown=${(e: Event) => e.preventDefault()} @click=${() => pick(p)}>
                <span class="person-name" dir="auto">${displayText(p.name, 60)}</span>
                ${p.email && p.email !== p.name ? html`<span class="muted" dir="auto">${displayText(p.email, 80)}</span>` : nothing}
              </li>`)
            : nothing}
        </ul>
      </div>
      <p id=${`${id}-count`} class="muted" aria-live="polite">${count}</p>
    </div>`;
  }
}

/** "Name <email>", or the name alone when it is the email. */
export function personLabel(p: Person): string {
  const name = displayText(p.name, 60);
  return p.email && p.email !== p.name ? `${name} <${displayText(p.email, 80)}>` : name;
}

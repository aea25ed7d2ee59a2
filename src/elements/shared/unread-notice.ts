/**
 * The notice an admin element shows when AuthSec sent list entries it could not read: which ones
 * (named as AuthSec named them, made safe), why, and that the rest of the screen is complete
 * without them. Never blocking: the valid entries are on screen beside it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { UnreadItem } from '../../api/list-items.js';
import { registerDefaults } from '../../i18n/catalog.js';
import { unreadEn } from '../../i18n/messages/unread.en.js';
import type { AdminHost } from '../../controllers/host.js';

registerDefaults(unreadEn);

const NAMED = 10;

export function unreadNotice(host: Pick<AdminHost, 't' | 'text'>, reported: readonly UnreadItem[]): TemplateResult | typeof nothing {
  // The same entry can arrive in two lists (a scope in the scope list and in the matrix): once.
  const items = [...new Map(reported.map((u) => [`${u.kind} ${u.label ?? u.index} ${u.field}`, u])).values()];
  if (!items.length) return nothing;
  const t: AdminHost['t'] = (key, params) => host.t(key, params);
  const line = (u: UnreadItem) => {
    const kind = t(`common.unread.kind.${u.kind}`);
    // Named as AuthSec named it, in the language's quotation marks; else by its place in the list.
    const item = u.label ? t('common.unread.named', { kind, name: host.text(u.label, 80) }) : t('common.unread.numbered', { kind, number: u.index + 1 });
    return t(u.kept ? 'common.unread.kept' : 'common.unread.left', { item, field: host.text(u.field, 80), problem: t(`common.unread.problem.${u.problem}`) });
  };
  return html`<div class="notice warning unread" role="status">
    <p>${t('common.unread.summary', { count: items.length })}</p>
    <ul>${items.slice(0, NAMED).map((u) => html`<li dir="auto">${line(u)}</li>`)}</ul>
    ${items.length > NAMED ? html`<p>${t('common.unread.more', { count: items.length - NAMED })}</p>` : nothing}
  </div>`;
}

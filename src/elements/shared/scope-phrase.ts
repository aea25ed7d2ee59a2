/** A scope in people's words (`Read tools`) from its string's parts, when AuthSec gives no display name. */
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import type { ScopeWords } from '../../model/scope-words.js';

export function scopePhrase(t: (key: MessageKey, params?: MessageParams) => string, { verb, object, omnibus }: ScopeWords): string {
  if (omnibus) return t('consent.scope.omnibus');
  const target = object || t('consent.scope.objectFallback');
  return verb ? t(`consent.scope.verb.${verb}`, { object: target }) : target;
}

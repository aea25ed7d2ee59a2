/**
 * A role as people read it, in every admin view: AuthSec's own roles by the product's translated
 * names ("Viewer", "Read-only", "Admin"; their words are the admin words, session.en.ts), any other
 * by its own name in words without `rs-<id>:` (src/model/role-words.ts).
 */
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import { roleWords } from '../../model/role-words.js';

export interface RoleLabelHost {
  t(key: MessageKey, params?: MessageParams): string;
  text(value: string | null | undefined, max?: number): string;
}

export function roleLabel(host: RoleLabelHost, name: string, applicationId?: string): string {
  const words = roleWords(name, applicationId);
  return 'builtin' in words ? host.t(`access.roleName.${words.builtin}`) : host.text(words.words, 60);
}

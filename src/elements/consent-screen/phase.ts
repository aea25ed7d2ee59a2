/** Where the consent screen stands: what it renders, from loading to the decision. */
import type { ConsentOutcome } from './events.js';

export type Phase =
  | { kind: 'loading' }
  /** A form this element does not recognise: shown as it is. */
  | { kind: 'foreign' }
  | { kind: 'missing' }
  | { kind: 'gone'; reason: 'expired' | 'used' }
  /** `stopped`: after a decision, or with AuthSec's own, so trying the request again cannot help. */
  | { kind: 'error'; message: string; detail?: string | undefined; stopped?: boolean }
  | { kind: 'ready' }
  | { kind: 'done'; decision: ConsentOutcome; host?: string; manual?: () => void; navigating: boolean };

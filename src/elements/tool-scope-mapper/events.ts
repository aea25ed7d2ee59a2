/** Events of `<authsec-tool-scope-mapper>`. */
import type { ToolCounters } from '../../model/tool-mapping.js';
import { AuthsecDetailEvent } from '../shared/detail-event.js';

export interface MappingSavedDetail {
  /** Mapping changes AuthSec applied (`PUT …/tool-scope-map` `applied`). */
  readonly applied: number;
  /** Mapping changes AuthSec was asked for (`requested`); less applied means some were skipped. */
  readonly requested: number;
  /** Counters after the save, as `activation-preview` reports them. */
  readonly counters: ToolCounters;
}

/** A save finished (completely or not: compare `applied` with `requested`). */
export class AuthsecMappingSavedEvent extends AuthsecDetailEvent<MappingSavedDetail> {
  static readonly eventName = 'authsec-mapping-saved';
  constructor(detail: MappingSavedDetail) {
    super(AuthsecMappingSavedEvent.eventName, detail);
  }
}

export interface CountersChangedDetail {
  /** Mapped / public / unmapped including staged, unsaved edits. */
  readonly counters: ToolCounters;
  /** Whether the counters include unsaved edits. */
  readonly staged: boolean;
}

/** The header counters changed: an edit was staged or undone, or fresh data arrived. */
export class AuthsecCountersChangedEvent extends AuthsecDetailEvent<CountersChangedDetail> {
  static readonly eventName = 'authsec-counters-changed';
  constructor(detail: CountersChangedDetail) {
    super(AuthsecCountersChangedEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'authsec-mapping-saved': AuthsecMappingSavedEvent;
    'authsec-counters-changed': AuthsecCountersChangedEvent;
  }
}

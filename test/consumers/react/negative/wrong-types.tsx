// Must NOT type-check: scripts/test-consumers.mjs expects exactly these errors.
import { AuthsecToolScopeMapper } from '@authsec/elements/react';

export const wrongProp = <AuthsecToolScopeMapper applicationId={42} />;
export const wrongDetail = <AuthsecToolScopeMapper onAuthsecCountersChanged={(e) => e.detail.counters.nope} />;
export const wrongTag = <authsec-tool-scope-mapper application-id={42} />;

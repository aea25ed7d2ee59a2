// Must NOT type-check: test/consumers/consumers.test.ts expects exactly these errors.
import { AuthsecToolScopeMapper } from '@authsec/elements/react';

export const wrongProp = <AuthsecToolScopeMapper applicationId={42} />;
export const wrongDetail = <AuthsecToolScopeMapper onAuthsecCountersChanged={(e) => e.detail.counters.nope} />;
export const wrongTag = <authsec-tool-scope-mapper application-id={42} />;
document.addEventListener('authsec-mapping-saved', (e) => e.detail.nope);

import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CountersChangedDetail } from '@authsec/elements';
import { AuthsecProvider, AuthsecToolScopeMapper } from '@authsec/elements/react';
import { api, applicationId, countersText, getToken } from '../../shared/session.js';

function App() {
  const [counters, setCounters] = useState<CountersChangedDetail['counters']>();
  const [changed, setChanged] = useState('');
  return (
    <>
      {/* The @lit/react wrappers: typed props, onAuthsec… events with a typed detail. */}
      <AuthsecProvider baseUrl={api} getToken={getToken}>
        <AuthsecToolScopeMapper applicationId={applicationId} onAuthsecCountersChanged={(e) => setCounters(e.detail.counters)} />
        {/* The plain tag, typed through React 19's JSX (the same package entry). */}
        <authsec-scope-editor application-id={applicationId} readonly onauthsec-scopes-changed={(e) => setChanged(e.detail.scope)} />
      </AuthsecProvider>
      <output id="counters">{counters ? countersText(counters) : ''}</output>
      <output id="scope">{changed}</output>
    </>
  );
}

// Every entry types addEventListener for the elements' events (GlobalEventHandlersEventMap).
document.addEventListener('authsec-mapping-saved', (e) => document.title = `${e.detail.applied} of ${e.detail.requested} saved`);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

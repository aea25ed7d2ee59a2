// The host's own script: sign in to the (emulated) AuthSec, hand the token to the provider,
// and show what the provider's client reads. AuthSec's real elements render inside the
// provider as they land; this page stays the host's code.
import '../src/context/define.js';
import { AuthsecError, endpoints, type ResourceServerSummary } from '../src/api/index.js';

interface Session {
  token: string;
  expires_in: number;
  user: { name: string; email: string };
}

const provider = document.querySelector('authsec-provider')!;
const $ = (id: string) => document.getElementById(id)!;

let session: Promise<Session> | undefined;
/** The portal's sign-in: the emulator hands the demo a session for the workspace owner. */
function signIn(force: boolean): Promise<Session> {
  if (!session || force) {
    session = fetch('/__emulator/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then(
      async (r) => {
        if (!r.ok) throw new Error(`sign-in failed (${r.status})`);
        return (await r.json()) as Session;
      },
    );
  }
  return session;
}

provider.baseUrl = location.origin;
provider.getToken = async ({ forceRefresh }) => (await signIn(forceRefresh)).token;

async function load(): Promise<void> {
  const status = $('status');
  status.textContent = 'Connecting…';
  status.classList.remove('error');
  $('api-url').textContent = provider.baseUrl ?? '';
  try {
    const me = await signIn(false);
    $('who').textContent = `Signed in as ${me.user.name} (${me.user.email})`;
    await provider.updateComplete;
    const apps = await provider.client!.call(endpoints.listResourceServers, {});
    status.textContent = `Connected · ${apps.length} applications`;
    render(apps);
  } catch (error) {
    status.classList.add('error');
    status.textContent =
      error instanceof AuthsecError ? `Could not reach AuthSec (${error.code}${error.status ? `, HTTP ${error.status}` : ''}).` : String(error);
  }
}

function render(apps: ResourceServerSummary[]): void {
  const table = $('apps') as HTMLTableElement;
  const body = table.tBodies[0]!;
  body.replaceChildren(
    ...apps.map((app) => {
      const row = body.insertRow();
      // Text only: application names are untrusted input.
      for (const value of [
        app.name,
        app.resource_uri,
        app.state === 'ready' && app.setup_completed_at ? 'Launched' : `Not launched (${app.state.replace('_', ' ')})`,
        String(app.client_count),
        app.access_policy_enabled ? `On · ${app.access_policy_role_name?.split(':').pop() ?? ''}` : 'Off',
      ]) {
        row.insertCell().textContent = value;
      }
      return row;
    }),
  );
  table.hidden = false;
}

$('reload').addEventListener('click', () => void load());
void load();

// The host's own script for an end user's account page: sign in as the end user (the emulator
// hands the demo a session for a seeded end user) and give that token to the provider. The
// element asks AuthSec for this person's own remembered consents only.
import '../src/context/define.js';
import '../src/elements/consent-grants/define.js';

interface Session {
  token: string;
  user: { name: string; email: string };
}

const END_USER = 'alan@acme.example';
const provider = document.querySelector('authsec-provider')!;
let session: Promise<Session> | undefined;

function signIn(force: boolean): Promise<Session> {
  if (!session || force) {
    session = fetch('/__emulator/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: END_USER }) }).then(
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
void signIn(false).then(
  (me) => (document.getElementById('who')!.textContent = `Signed in as ${me.user.name} (${me.user.email})`),
  () => undefined,
);

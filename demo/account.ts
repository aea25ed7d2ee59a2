// The host's own script for an end user's account page: sign in as the end user (the emulator
// hands the demo a session for a seeded end user) and give that token to the provider. The
// element asks AuthSec for this person's own remembered consents only.
import '../src/context/define.js';
import '../src/elements/consent-grants/define.js';
import { sessionFor } from './session.js';

const provider = document.querySelector('authsec-provider')!;
const signIn = sessionFor({ email: 'alan@acme.example' });

provider.baseUrl = location.origin;
provider.getToken = async ({ forceRefresh }) => (await signIn(forceRefresh)).token;
void signIn(false).then(
  (me) => (document.getElementById('who')!.textContent = `Signed in as ${me.user.name} (${me.user.email})`),
  () => undefined,
);

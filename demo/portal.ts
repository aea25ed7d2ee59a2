// The host's own script: sign in to the (emulated) AuthSec, hand the token to the provider, and
// let the portal's router own the address bar. Everything AuthSec shows is
// <authsec-admin-console>; this page stays the host's code. It defines no element: index.html's
// main.ts imports them, or with ?loader leaves them to /cdn/authsec-loader.js.
import { AuthsecError, endpoints } from '../src/api/index.js';
import { TARGET_TAB } from '../src/model/console-navigation.js';
import type { AuthsecNavigateEvent } from '../src/elements/shared/navigate-event.js';
import { sessionFor } from './session.js';

/** Wires the portal page (main.ts calls it once the elements are on their way: a call, so no bundler drops it as side-effect free). */
export function startPortal(): void {
  const provider = document.querySelector('authsec-provider')!;
  const adminConsole = document.querySelector('authsec-admin-console')!;
  const $ = (id: string) => document.getElementById(id)!;

  /** The portal's sign-in: a session for the workspace owner. */
  const signIn = sessionFor();

  provider.baseUrl = location.origin;
  provider.getToken = async ({ forceRefresh }) => (await signIn(forceRefresh)).token;

  // ── The portal's router: #/applications, #/register, #/applications/<id>/<tab> ──────────────

  function routeFor(detail: AuthsecNavigateEvent['detail']): string {
    if (detail.target === 'applications') return '#/applications';
    if (detail.target === 'registration') return '#/register';
    return `#/applications/${encodeURIComponent(detail.applicationId)}/${TARGET_TAB[detail.target]}`;
  }

  function applyRoute(): void {
    const [, section, id, tab] = location.hash.split('/');
    adminConsole.toggleAttribute('register', section === 'register');
    if (section === 'applications' && id) {
      adminConsole.setAttribute('application-id', decodeURIComponent(id));
      adminConsole.setAttribute('tab', tab ?? 'overview');
    } else {
      adminConsole.removeAttribute('application-id');
    }
  }

  adminConsole.addEventListener('authsec-navigate', (event) => {
    // The portal owns the URL: record the move, and the hashchange below applies it.
    event.preventDefault();
    const next = routeFor(event.detail);
    if (location.hash !== next) location.hash = next;
    else applyRoute();
  });
  window.addEventListener('hashchange', applyRoute);
  applyRoute();

  // ── Connection panel ──────────────────────────────────────────────────────────────────────────

  async function load(): Promise<void> {
    const status = $('status');
    status.textContent = 'Connecting…';
    status.classList.remove('error');
    $('api-url').textContent = provider.baseUrl ?? '';
    try {
      const me = await signIn(false);
      $('who').textContent = `Signed in as ${me.user.name} (${me.user.email})`;
      await customElements.whenDefined('authsec-provider');
      await provider.updateComplete;
      const apps = await provider.client!.call(endpoints.listResourceServers, {});
      status.textContent = `Connected · ${apps.length} applications`;
    } catch (error) {
      status.classList.add('error');
      status.textContent =
        error instanceof AuthsecError ? `Could not reach AuthSec (${error.code}${error.status ? `, HTTP ${error.status}` : ''}).` : String(error);
    }
  }

  $('reload').addEventListener('click', () => void load());
  void load();
}

/**
 * Every screen of the demo portal, once for the design screenshots (scripts/screens-design.mjs)
 * and the layout checks that CI runs (e2e/screens.spec.ts): the applications list, registration
 * (the form, and the one-time secret after Register), each console tab, the hosted consent page,
 * an end user's account page with their consents, and the theming page (another host's brand).
 * Tabs whose content needs a launched application (People, Connections, Activity) show Docs
 * Search; the rest show GitHub MCP Server before launch, the state a new admin works in.
 */
import type { Page } from '@playwright/test';
import { SEED } from '../emulator/seed/workspace.js';

export interface Screen {
  /** The portal's address for it. */
  readonly path: string;
  /** A text of the screen's own content, on screen once its data has loaded (matched inside the shadow roots). */
  readonly ready: string;
  /** What a person does on it first (the screen is what follows). */
  readonly act?: (page: Page) => Promise<void>;
  /** A text on screen once `act` is done (else `ready`). */
  readonly shown?: string;
}

/** The text that says the screen, as checked, is on screen. */
export const shownText = (screen: Screen): string => screen.shown ?? screen.ready;

const gh = SEED.apps.github;
const docs = SEED.apps.docsSearch;

/** Registers an application in the drawer, leaving its one-time secret and SDK snippets on screen. */
async function register(page: Page): Promise<void> {
  const run = Date.now().toString(36);
  await page.locator('authsec-app-registration #name').fill(`Weather MCP ${run}`);
  await page.locator('authsec-app-registration #url').fill(`https://weather-${run}.acme.example`);
  await page.getByRole('button', { name: 'Register application' }).click();
  await page.getByRole('button', { name: 'Copy introspection secret' }).waitFor();
}

export const SCREENS: Readonly<Record<string, Screen>> = {
  list: { path: '/#/applications', ready: 'GitHub MCP Server' },
  registration: { path: '/#/register', ready: 'Separate scopes for tools that read' },
  registered: { path: '/#/register', ready: 'Separate scopes for tools that read', act: register, shown: 'Introspection secret' },
  overview: { path: `/#/applications/${gh}/overview`, ready: 'What is left before launch' },
  setup: { path: `/#/applications/${gh}/setup`, ready: 'github_mcp_server' },
  tools: { path: `/#/applications/${gh}/tools`, ready: 'Get a specific workflow' },
  scopes: { path: `/#/applications/${gh}/scopes`, ready: 'Administer repositories' },
  access: { path: `/#/applications/${gh}/access`, ready: 'Give every first-time user a default role' },
  people: { path: `/#/applications/${docs}/people`, ready: 'People with access' },
  connections: { path: `/#/applications/${docs}/connections`, ready: 'MCP Inspector' },
  activity: { path: `/#/applications/${docs}/activity`, ready: 'What changed since launch' },
  consent: { path: '/consent?consent_challenge=demo-docs-search', ready: 'Deny' },
  // An end user's own page: the consents they gave (<authsec-consent-grants mode="self">).
  account: { path: '/account.html', ready: 'Revoke' },
  // The same console in another host's brand (the tokens, nothing else).
  theming: { path: '/theming.html', ready: 'Docs Search' },
};

/** Every element of the page, inside open shadow roots too (runs in the page). */
const DEEP = `function* deep(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}`;

/**
 * Waits until the screen has loaded: its own text is shown, and nothing is busy (an `aria-busy`
 * region or a loading state) in a frame. Conditions, not time; what is still busy after 60 s is
 * named in the failure.
 */
export async function settle(page: Page, text: string): Promise<void> {
  // Playwright's text selectors pierce open shadow roots.
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 60_000 });
  // One evaluation that resolves in the first frame with nothing busy (the driver's evaluation is
  // not the page's script, so the page's strict CSP allows it; waitForFunction's string would not be).
  const busy = await page.evaluate(`new Promise((resolve) => {
    ${DEEP};
    const deadline = performance.now() + 60000;
    const check = () => {
      const still = [...deep(document)].filter((el) => el.getAttribute('aria-busy') === 'true' || (el.localName === 'authsec-ui-state' && el.getAttribute('kind') === 'loading'));
      if (!still.length) return resolve([]);
      if (performance.now() > deadline) return resolve(still.map((el) => (el.getRootNode().host?.localName ?? 'document') + ' ' + el.localName));
      requestAnimationFrame(check);
    };
    check();
  })`);
  if ((busy as string[]).length) throw new Error(`still busy after 60 s: ${(busy as string[]).join(', ')}`);
}

/** Opens a screen and does what its person does first. */
export async function open(page: Page, screen: Screen): Promise<void> {
  await page.goto(screen.path);
  await settle(page, screen.ready);
  if (screen.act) {
    await screen.act(page);
    await settle(page, shownText(screen));
  }
}

/** What scrolls sideways: the page, or any box inside it (a table in a scroll container counts). */
export async function sideways(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    ${DEEP};
    const found = [];
    if (document.documentElement.scrollWidth > innerWidth) found.push('the page (' + document.documentElement.scrollWidth + ' px)');
    for (const el of deep(document)) {
      const x = getComputedStyle(el).overflowX;
      if ((x === 'auto' || x === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        const host = el.getRootNode().host;
        found.push((host ? host.localName + ' ' : '') + el.localName + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
      }
    }
    return found;
  })()`);
}

/** The height an open drawer's content needs (0 without one), so a screenshot can show all of it. */
export async function drawerHeight(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    ${DEEP};
    const dialog = [...deep(document)].find((el) => el.localName === 'dialog' && el.open);
    if (!dialog) return 0;
    const scroller = [dialog, ...dialog.querySelectorAll('*')].find((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible');
    return scroller ? dialog.offsetHeight + scroller.scrollHeight - scroller.clientHeight : 0;
  })()`);
}

export { axeViolations } from './axe.js';

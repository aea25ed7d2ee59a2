/**
 * "From zero to launched", the product's main job, through the demo portal's UI only (Chromium):
 * register an application and copy its secret; publish a tool manifest to it as an SDK would
 * (`PUT …/sdk-manifest` with Basic auth); map every tool (one bulk pattern, one public with typed
 * confirmation, the rest by suggestion); set the default policy and a manual admin exception; see
 * Activate light up, activate, and see it Launched in the list; then rotate the secret and see the
 * drift event in Activity. A screenshot of each step goes to test-results/journey/, axe runs on
 * every page, and the page's CSP / Trusted Types must report nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.js';

const SHOTS = 'test-results/journey';

const RUN = Date.now().toString(36);
const NAME = `Weather MCP ${RUN}`;
const SLUG = NAME.toLowerCase().replace(/[^a-z0-9]+/g, '_');
const READ = `${SLUG}:tools:read`;
const WRITE = `${SLUG}:tools:write`;

/** What the SDK publishes: three read tools with suggestions, two admin tools, one health check. */
const MANIFEST = {
  manifest_version: '2026-11-01',
  sdk_build_id: 'authsec-sdk-ts/1.4.0',
  tools: [
    { name: 'get_forecast', title: 'Get forecast', description: 'Forecast for a place.', input_schema: { type: 'object' }, annotations: { readOnlyHint: true }, suggested_scopes: [READ] },
    { name: 'get_alerts', title: 'Get alerts', description: 'Weather alerts for a region.', input_schema: { type: 'object' }, annotations: { readOnlyHint: true }, suggested_scopes: [READ] },
    { name: 'list_stations', title: 'List stations', description: 'Observation stations.', input_schema: { type: 'object' }, annotations: { readOnlyHint: true }, suggested_scopes: [READ] },
    { name: 'admin_delete_station', title: 'Delete a station', description: 'Removes a station.', input_schema: { type: 'object' }, annotations: { destructiveHint: true }, suggested_scopes: [] },
    { name: 'admin_reset_cache', title: 'Reset cache', description: 'Drops cached observations.', input_schema: { type: 'object' }, annotations: { destructiveHint: true }, suggested_scopes: [] },
    { name: 'health_check', title: 'Health check', description: 'Says the server is up.', input_schema: { type: 'object' }, annotations: { readOnlyHint: true }, suggested_scopes: [] },
  ],
};

async function axe(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
}

async function shot(page: Page, step: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${step}.png`, fullPage: true });
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

test('zero to launched: register, publish, map, set access, activate, rotate', async ({ page, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|TrustedHTML|TrustedScript|Trusted Type/i.test(msg.text())) violations.push(msg.text());
  });
  page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`));

  // ── 0. The portal, with the applications list ───────────────────────────────────────────────
  await page.goto('/');
  await expect(page.getByRole('row', { name: /Docs Search/ })).toBeVisible();
  await axe(page, 'the applications list');
  await shot(page, '0-applications');

  // ── 1. Register an application and copy its secret ──────────────────────────────────────────
  await page.getByRole('button', { name: 'Install protection' }).first().click();
  await expect(page).toHaveURL(/#\/register$/);
  await page.locator('authsec-app-registration #name').fill(NAME);
  await page.locator('authsec-app-registration #url').fill(`https://weather-${RUN}.acme.example`);
  await axe(page, 'the registration form');
  await page.getByRole('button', { name: 'Register application' }).click();
  // The drawer keeps the one-time secret on screen until it is stored; then the new application opens.
  await expect(page.getByText(`${NAME} was registered and added to the list.`)).toBeVisible();
  await page.getByRole('button', { name: 'Copy introspection secret' }).click();
  const secret = await page.evaluate(() => navigator.clipboard.readText());
  expect(secret).toMatch(/^sec_/);
  await page.getByRole('button', { name: 'Show introspection secret' }).click();
  await expect(page.locator('authsec-app-registration #secret')).toHaveValue(secret);
  await axe(page, 'the one-time secret');
  await shot(page, '1-registered');
  await page.getByRole('button', { name: 'I’ve stored it' }).click();
  await expect(page.locator('authsec-app-registration #secret')).toHaveCount(0);
  await page.locator('authsec-ui-drawer').getByRole('button', { name: `Open ${NAME}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: NAME }).first()).toBeVisible();
  await expect(page).toHaveURL(/#\/applications\/[0-9a-f-]{36}\/setup$/);
  const appId = /#\/applications\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  await expect(tab(page, 'Setup')).toHaveAttribute('aria-selected', 'true');

  // ── 2. The SDK publishes its tool manifest (Basic auth with the copied secret) ───────────────
  const published = await request.put(`/authsec/resource-servers/${appId}/sdk-manifest`, {
    headers: { authorization: `Basic ${Buffer.from(`${appId}:${secret}`).toString('base64')}` },
    data: MANIFEST,
  });
  expect(published.status()).toBe(200);
  expect(await published.json()).toMatchObject({ status: 'ok', tools_seen: 6 });
  await tab(page, 'Overview').click();
  await expect(page).toHaveURL(new RegExp(`#/applications/${appId}/overview$`));
  await expect(page.locator('authsec-launch-queue').getByRole('button', { name: 'Activate', exact: true })).toBeDisabled();
  await axe(page, 'the Overview before mapping');
  await shot(page, '2-manifest-published');

  // ── 3. Map every tool: a pattern, one Public with its name typed, the rest by suggestion ──────
  await tab(page, 'Tools').click();
  const mapper = page.locator('authsec-tool-scope-mapper');
  await expect(mapper.locator('[part="counters"]')).toContainText('Unmapped6');
  await mapper.getByText('Map by name pattern').click();
  await mapper.getByLabel('Tool name pattern').fill('admin_*');
  const ruleScope = mapper.getByLabel('Scope to map them to');
  await ruleScope.selectOption((await ruleScope.locator('option', { hasText: WRITE }).getAttribute('value'))!);
  await mapper.getByRole('button', { name: 'Map 2 tools' }).click();
  // The rest by suggestion (manifest suggestions and declared hints), then health_check made public.
  await mapper.getByRole('button', { name: 'Apply all suggestions' }).click();
  await mapper.getByRole('button', { name: 'Edit mapping of health_check' }).click();
  // The dialog's chrome is in its own shadow root, the choices are slotted: scope to the host.
  const dialog = mapper.locator('authsec-ui-confirm-dialog#edit-dialog');
  await dialog.getByRole('radio', { name: /^Public/ }).check();
  const confirm = dialog.getByRole('button', { name: 'Stage change' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type the tool name health_check to make it public').fill('health_check');
  await confirm.click();
  await expect(mapper.locator('[part="counters"]')).toContainText('Unmapped0');
  await axe(page, 'the Tools tab with staged changes');
  await shot(page, '3-mapped-staged');
  await mapper.getByRole('button', { name: 'Save changes' }).click();
  await expect(mapper.locator('[part="pending"]')).toHaveCount(0);
  await expect(mapper.locator('[part="counters"]')).toContainText('Unmapped0');
  await expect(mapper.locator('[part="counters"]')).toContainText('Public1');

  // ── 4. Default policy and a manual admin exception ──────────────────────────────────────────
  await tab(page, 'Access').click();
  const access = page.locator('authsec-access-policy');
  await access.getByRole('switch', { name: 'Give every first-time user a default role' }).check();
  // One control: AuthSec's viewer role grants nothing yet; its scopes are chosen under it and saved
  // with the policy (activation needs the default role to grant one).
  await access.getByRole('radio', { name: /^Viewer/ }).check();
  const viewer = access.locator('[part="viewer-scopes"]');
  await expect(access).toContainText('cannot be launched');
  await viewer.getByRole('checkbox', { name: READ }).check();
  await access.getByRole('button', { name: 'Save default access' }).click();
  await expect(access.getByRole('switch')).toBeChecked();
  await expect(access.getByRole('button', { name: 'Save default access' })).toBeDisabled();
  await expect(access).not.toContainText('cannot be launched');
  await access.locator('#add-user').fill('Grace');
  await access.locator('#add-role').selectOption((await access.locator('#add-role option', { hasText: /admin/i }).first().getAttribute('value'))!);
  await access.getByRole('button', { name: 'Add exception' }).click();
  await expect(access.locator('[part="table"]')).toContainText(/Grace/);
  await axe(page, 'the Access tab');
  await shot(page, '4-access');

  // ── 5. Activate lights up; activate; Launched in the list ───────────────────────────────────
  await tab(page, 'Overview').click();
  const activate = page.locator('authsec-launch-queue').getByRole('button', { name: 'Activate', exact: true });
  await expect(activate).toBeEnabled();
  await shot(page, '5-ready-to-activate');
  await activate.click();
  await page.locator('authsec-launch-queue authsec-ui-confirm-dialog').getByRole('button', { name: 'Activate' }).click();
  await expect(page.locator('authsec-admin-console [part="header"]')).toContainText('Launched');
  await page.getByRole('button', { name: 'Applications', exact: true }).click();
  await expect(page).toHaveURL(/#\/applications$/);
  const row = page.getByRole('row', { name: new RegExp(NAME) });
  await expect(row).toContainText('Launched');
  await axe(page, 'the list after launch');
  await shot(page, '6-launched');

  // ── 6. Rotate the secret; the drift event shows in Activity ─────────────────────────────────
  await row.getByRole('button', { name: `Open ${NAME}` }).click();
  await tab(page, 'Setup').click();
  await page.locator('authsec-app-registration').getByRole('button', { name: 'Rotate secret' }).click();
  await page.locator('authsec-app-registration authsec-ui-confirm-dialog.rotate-dialog').getByRole('button', { name: 'Rotate secret' }).click();
  await expect(page.locator('authsec-app-registration #secret')).toHaveCount(1);
  await tab(page, 'Activity').click();
  await expect(page).toHaveURL(new RegExp(`#/applications/${appId}/activity$`));
  const drift = page.locator('authsec-launch-queue[view="activity"] .drift-event');
  await expect(drift.first()).toContainText('Introspection secret rotated');
  await axe(page, 'the Activity tab');
  await shot(page, '7-drift');

  expect(violations).toEqual([]);

  // Leave the shared demo workspace as seeded for the other specs (on whichever surface it has).
  const { token } = (await (await request.post('/__emulator/session', { data: {} })).json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const today = (await request.get('/authsec/applications', { headers: auth })).status() !== 404;
  expect((await request.delete(`/authsec/${today ? 'applications' : 'resource-servers'}/${appId}`, { headers: auth })).status()).toBe(204);

  // On today's AuthSec the whole run (this journey and every other on this server so far) used the
  // applications surface: the shim saw only the SDK's calls.
  if (today) {
    const { requests } = (await (await request.get('/__emulator/requests')).json()) as { requests: string[] };
    const shim = requests.filter((r) => r.includes(' /authsec/resource-servers') && !/\/sdk-(policy|manifest)$/.test(r));
    expect(shim).toEqual([]);
    expect(requests.filter((r) => r.includes(' /authsec/applications')).length).toBeGreaterThan(20);
  }
});

/**
 * The admin console journey (console-journey.ts) in Firefox and WebKit: the demo portal lists the
 * seeded applications, the admin opens GitHub MCP Server, maps one unmapped tool through its Edit
 * dialog, saves, and sees the Overview count one unmapped tool fewer, with zero CSP / Trusted Types
 * violations. Each test gets a freshly seeded emulator; the portal is built once per run.
 *
 *   xvfb-run -a node --import tsx --test e2e/cross-browser/console-journey.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SEED } from '../../emulator/seed/workspace.js';
import { buildDemo, consoleJourney, startPortal, type Portal } from './console-journey.js';
import { launchFirefox, launchWebKit, type Driver, type Launcher } from './drivers.js';

const ENGINES: [string, () => Promise<Launcher>][] = [
  ['firefox', launchFirefox],
  ['webkit', launchWebKit],
];

let demoDir: string | undefined;
before(async () => {
  demoDir = await buildDemo();
}, { timeout: 300_000 });

async function waitFor(done: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const [engine, launch] of ENGINES) {
  describe(`admin console in the demo portal, in ${engine}`, () => {
    let launcher: Launcher | undefined;
    before(async () => {
      launcher = await launch();
    }, { timeout: 120_000 });
    after(async () => {
      await launcher?.close();
    }, { timeout: 30_000 });

    it('lists the applications, maps one tool on the Tools tab, and the Overview counts one unmapped tool fewer', { timeout: 240_000 }, async (t) => {
      if (!launcher || !demoDir) throw new Error(`${engine} or the demo build did not start`);
      let portal: Portal | undefined;
      let driver: Driver | undefined;
      try {
        portal = await startPortal(demoDir);
        driver = await launcher.newDriver();
        const result = await consoleJourney(driver, portal.url, (message) => t.diagnostic(message));
        assert.equal(result.unmappedAfter, result.unmappedBefore - 1);

        // What AuthSec (the emulator) now holds for that tool: one admin mapping, to the read scope
        // (the SDK's suggestion stays a separate row), and one unmapped tool fewer.
        const store = portal.running.emulator.store;
        const tool = store.toolsOf(SEED.apps.github).find((x) => x.name === result.tool);
        assert.ok(tool, `${result.tool} is a GitHub MCP Server tool`);
        const scopes = store
          .mappingsOf(tool.id, 'admin_override')
          .map((m) => store.scopesOf(SEED.apps.github).find((s) => s.id === m.scope_id)?.scope_string);
        assert.deepEqual(scopes, [result.scope]);
        assert.equal(store.unmappedTools(SEED.apps.github).length, result.unmappedAfter);

        // Reports are posted asynchronously, in order: a deliberate img-src violation with a unique
        // host (reports may keep only the origin), once reported, means every violation of the
        // journey before it has been reported too.
        const probeUrl = `http://probe-${Date.now().toString(36)}.invalid`;
        await driver.evaluate(`const img = new Image(); img.src = ${JSON.stringify(probeUrl)}; document.body.append(img); return true;`);
        await waitFor(() => portal!.reports.some((v) => v.includes(probeUrl)), 30_000, `the report of ${probeUrl}`);
        const others = [...driver.violations(), ...portal.reports].filter((v) => !v.includes(probeUrl));
        assert.deepEqual(others, [], 'no CSP / Trusted Types violation in the portal');
        t.diagnostic(`violations seen through: ${driver.violationSources}; plus report-uri on every page`);

        // Positive control, so the zero above is not vacuous for Trusted Types: a deliberate sink
        // violation in the portal is refused and seen (reported to the server in every engine).
        const threw = await driver.evaluate(`try { document.createElement('div').innerHTML = '<b>probe</b>'; return ''; } catch (e) { return String(e && e.message || e); }`);
        assert.ok(threw, 'the portal enforces require-trusted-types-for');
        const isTrustedTypes = (v: string) => /trusted-types|TrustedHTML|Sink type mismatch/i.test(v);
        await waitFor(() => portal!.reports.some(isTrustedTypes), 30_000, 'the deliberate Trusted Types violation\'s report');
      } finally {
        await driver?.close().catch(() => undefined);
        await portal?.close();
      }
    });
  });
}

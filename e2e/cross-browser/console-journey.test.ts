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
import { buildDemo, consoleJourney, removeDemo, startPortal, type Portal } from './console-journey.js';
import { launchFirefox, launchWebKit, type Driver, type Launcher } from './drivers.js';

const ENGINES: [string, () => Promise<Launcher>][] = [
  ['firefox', launchFirefox],
  ['webkit', launchWebKit],
];

let demoDir: string | undefined;
before(async () => {
  demoDir = await buildDemo();
}, { timeout: 120_000 });
after(async () => {
  if (demoDir) await removeDemo(demoDir);
});

for (const [engine, launch] of ENGINES) {
  describe(`admin console in the demo portal, in ${engine}`, () => {
    let launcher: Launcher | undefined;
    before(async () => {
      launcher = await launch();
    }, { timeout: 60_000 });
    after(async () => {
      await launcher?.close();
    }, { timeout: 30_000 });

    it('lists the applications, maps one tool on the Tools tab, and the Overview counts one unmapped tool fewer', { timeout: 120_000 }, async (t) => {
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

        await new Promise((resolve) => setTimeout(resolve, 400)); // CSP reports are posted asynchronously
        assert.deepEqual([...driver.violations(), ...portal.reports], [], 'no CSP / Trusted Types violation in the portal');
        t.diagnostic(`violations seen through: ${driver.violationSources}; plus report-uri on every page`);

        // Positive control, so the zero above is not vacuous: a deliberate Trusted Types sink
        // violation in the portal is refused and seen (in the page where the engine allows, and
        // reported to the server in every engine).
        const threw = await driver.evaluate(`try { document.createElement('div').innerHTML = '<b>probe</b>'; return ''; } catch (e) { return String(e && e.message || e); }`);
        assert.ok(threw, 'the portal enforces require-trusted-types-for');
        const deadline = Date.now() + 5000;
        const seen = () => [...driver!.violations(), ...portal!.reports].filter((v) => /trusted-types|TrustedHTML|Sink type mismatch/i.test(v));
        while (portal.reports.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
        assert.ok(portal.reports.length > 0 && seen().length > 0, `the deliberate violation was seen (${JSON.stringify(seen())})`);
      } finally {
        await driver?.close().catch(() => undefined);
        await portal?.close();
      }
    });
  });
}

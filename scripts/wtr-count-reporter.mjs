// WTR reporter that ends the run with one plain, parseable line:
//   wtr: N passed, N failed, N skipped
// WTR's own summary is prefixed by a progress bar and does not count a test file that failed to
// load; scripts/test-all.sh needs a plain total. A session that errored (failed import, browser
// crash, uncaught error outside a test) without a failed test in it counts as 1 failed, so the
// line agrees with WTR's exit code.

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function countSuite(suite, totals, timed, where) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
    if (typeof test.duration === 'number') timed.push({ ms: test.duration, name: `${where} ${suite.name ? `${suite.name} > ` : ''}${test.name}` });
  }
  for (const child of suite.suites ?? []) countSuite(child, totals, timed, where);
}

/** The slowest tests, so a test creeping towards the 10 s timeout is seen before it flakes. */
function slowest(timed, count = 12) {
  return timed
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((t) => `  ${(t.ms / 1000).toFixed(1).padStart(5)} s  ${t.name}`)
    .join('\n');
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter() {
  let line = 'wtr: 0 passed, 1 failed, 0 skipped (no results reported)';
  let registered = false;
  return {
    start() {
      if (registered) return;
      registered = true;
      // Print on exit so the line comes after WTR's own summary and any teardown output.
      process.once('exit', () => console.log(line));
    },
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const timed = [];
      for (const session of sessions) {
        const before = totals.failed;
        countSuite(session.testResults, totals, timed, `[${session.browser?.name ?? '?'}] ${session.testFile.replace(process.cwd() + '/', '')}:`);
        const sessionFailed =
          session.passed === false ||
          (session.errors?.length ?? 0) > 0 ||
          session.status !== 'FINISHED';
        if (sessionFailed && totals.failed === before) totals.failed += 1;
      }
      line = `wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      if (timed.length) line = `slowest tests (mocha timeout 10 s):\n${slowest(timed)}\n${line}`;
    },
  };
}

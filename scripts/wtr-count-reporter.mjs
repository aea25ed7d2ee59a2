// WTR reporter that ends the run with one plain, parseable line:
//   wtr: N passed, N failed, N skipped
// preceded by the name of every failed test (`failed: [Engine] file: suite > test — first line`).
// WTR's own summary is prefixed by a progress bar and does not count a test file that failed to
// load; scripts/test-all.sh needs a plain total. A session that errored (failed import, browser
// crash, uncaught error outside a test) without a failed test in it counts as 1 failed, so the
// line agrees with WTR's exit code.
//
// With WTR_PROGRESS_FILE set, the counts so far and the failures so far are written there after
// every test file, so a run stopped at its time limit still says what passed and what failed:
//   line 1: `<passed> <failed> <skipped> <files done>`; then one failure per line.
import { writeFileSync } from 'node:fs';

const firstLine = (text) => String(text ?? '').split('\n')[0].slice(0, 200);

/** @param {import('@web/test-runner-core').TestSuiteResult | undefined} suite */
function countSuite(suite, totals, where, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    const name = `${where} ${[...here, test.name].join(' > ')}`;
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${name} — ${firstLine(test.error?.message)}`);
    }
    if (typeof test.duration === 'number') totals.timed.push({ ms: test.duration, name });
  }
  for (const child of suite.suites ?? []) countSuite(child, totals, where, here);
}

/** Adds one test file's sessions (one per browser) to `totals`. */
function countSession(session, totals) {
  const where = `[${session.browser?.name ?? '?'}] ${session.testFile.replace(process.cwd() + '/', '')}:`;
  const before = totals.failed;
  countSuite(session.testResults, totals, where);
  const sessionFailed = session.passed === false || (session.errors?.length ?? 0) > 0 || session.status !== 'FINISHED';
  if (sessionFailed && totals.failed === before) {
    totals.failed += 1;
    totals.failures.push(`${where} (the file did not run: ${firstLine(session.errors?.[0]?.message) || session.status})`);
  }
  totals.files += 1;
}

const newTotals = () => ({ passed: 0, failed: 0, skipped: 0, files: 0, failures: [], timed: [] });

/** The slowest tests, so a test creeping towards mocha's timeout is seen before it flakes. */
function slowest(timed, count = 12) {
  return timed
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map((t) => `  ${(t.ms / 1000).toFixed(1).padStart(5)} s  ${t.name}`)
    .join('\n');
}

/**
 * @param {{ mochaTimeoutMs: number }} options
 * @returns {import('@web/test-runner').Reporter}
 */
export function countReporter({ mochaTimeoutMs }) {
  let line = 'wtr: 0 passed, 1 failed, 0 skipped (no results reported)';
  let registered = false;
  const progressFile = process.env.WTR_PROGRESS_FILE;
  const progress = newTotals();
  return {
    start() {
      if (registered) return;
      registered = true;
      if (progressFile) writeFileSync(progressFile, '0 0 0 0\n');
      // Print on exit so the line comes after WTR's own summary and any teardown output.
      process.once('exit', () => console.log(line));
    },
    reportTestFileResults({ sessionsForTestFile }) {
      if (!progressFile) return;
      for (const session of sessionsForTestFile) countSession(session, progress);
      const { passed, failed, skipped, files, failures } = progress;
      writeFileSync(progressFile, [`${passed} ${failed} ${skipped} ${files}`, ...failures].join('\n') + '\n');
    },
    stop({ sessions }) {
      const totals = newTotals();
      for (const session of sessions) countSession(session, totals);
      line = `wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      if (totals.failures.length) line = `${totals.failures.map((f) => `failed: ${f}`).join('\n')}\n${line}`;
      if (totals.timed.length) line = `slowest tests (mocha timeout ${mochaTimeoutMs / 1000} s):\n${slowest(totals.timed)}\n${line}`;
    },
  };
}

#!/usr/bin/env bash
# THE test command (`npm test`): every check and every test suite, in one run.
#
#   1. makes sure the browsers are installed (apt-get as root; otherwise says what to install)
#   2. runs each step below, tee-ing its output to .cache/test-logs/<nn>-<step>.log, and keeps going
#      after a failure so one run shows every problem
#   3. prints a per-step summary and, as the very last line, the plain total `N passed, N failed`
#
# Test counts come from each runner's own output (ANSI codes stripped); a check that is not a test
# suite counts as 1 passed or 1 failed; a suite that crashes without printing counts, or exits
# non-zero with no failed test, counts 1 failed. A suite with no test files yet is 0/0 with a warning.
# The summary names every failed test under its step (the browser tests by engine), also when a
# step was stopped at its time limit.
#
# Time limits (seconds; the README states them, .ci/run stays inside CI's 90 minutes):
#   TEST_TIME_LIMIT  3900  the whole run: a step gets at most what is left of it, and a step that
#                          cannot start in time is counted as failed, so the summary always prints
#   STEP_TIMEOUT      900  any one step
# Exit status: 0 if nothing failed, else 1.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
ROOT=$PWD
LOG_DIR=$ROOT/.cache/test-logs
export PATH="$ROOT/node_modules/.bin:$PATH"
export NO_UPDATE_NOTIFIER=1 STORYBOOK_DISABLE_TELEMETRY=1
# The benchmarks run here only so they cannot rot: their figures go under .cache, not bench/results.
export BENCH_RESULTS_DIR=.cache/bench-results

# Same overrides as web-test-runner.config.mjs / playwright.config.ts / vitest.config.ts.
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
FIREFOX=${FIREFOX_PATH:-/usr/bin/firefox-esr}
MINIBROWSER=${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}
STEP_TIMEOUT=${STEP_TIMEOUT:-900}         # seconds per step
TEST_TIME_LIMIT=${TEST_TIME_LIMIT:-3900}  # seconds for the whole run
TIMEOUT_MODE=""
if [ -t 0 ] || [ -t 1 ]; then TIMEOUT_MODE=--foreground; fi

TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()
WARNINGS=()
RUN_START_S=$(date +%s)

say() { printf '%s\n' "$*"; }
finish() {
  # $1: exit code. The last line is the plain total, always.
  say ""
  say "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
  exit "$1"
}

# ---------------------------------------------------------------------------------------------
# 1. Browsers
# ---------------------------------------------------------------------------------------------
missing_browsers() {
  local missing=()
  [ -x "$CHROMIUM" ] || missing+=("chromium ($CHROMIUM)")
  [ -x "$FIREFOX" ] || missing+=("firefox-esr ($FIREFOX)")
  command -v WebKitWebDriver >/dev/null 2>&1 || missing+=("webkit2gtk-driver (WebKitWebDriver)")
  [ -x "$MINIBROWSER" ] || missing+=("MiniBrowser ($MINIBROWSER, from libwebkit2gtk-4.1-0)")
  command -v xvfb-run >/dev/null 2>&1 || missing+=("xvfb (xvfb-run)")
  command -v xauth >/dev/null 2>&1 || missing+=("xauth")
  printf '%s\n' "${missing[@]}"
}

MISSING=$(missing_browsers)
if [ -n "$MISSING" ]; then
  say "==> Missing browser tooling:"
  say "$MISSING" | sed 's/^/      /'
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "==> Installing with apt-get (root)"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update &&
      apt-get install -y chromium &&
      apt-get install -y --no-install-recommends firefox-esr &&
      apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth; }; then
      say "apt-get failed; cannot run the browser suites."
      TOTAL_FAILED=1
      finish 1
    fi
    MISSING=$(missing_browsers)
    if [ -n "$MISSING" ]; then
      say "Still missing after apt-get:"
      say "$MISSING" | sed 's/^/      /'
      TOTAL_FAILED=1
      finish 1
    fi
  else
    say "Not root (or no apt-get): install them, then re-run. On Debian 12:"
    say "  sudo apt-get update"
    say "  sudo apt-get install -y chromium"
    say "  sudo apt-get install -y --no-install-recommends firefox-esr"
    say "  sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth"
    TOTAL_FAILED=1
    finish 1
  fi
fi

# ---------------------------------------------------------------------------------------------
# 2. Steps
# ---------------------------------------------------------------------------------------------
rm -rf "$LOG_DIR"
mkdir -p "$LOG_DIR"
STEP_NO=0

strip_ansi() {
  # CSI sequences (colours, cursor moves), OSC sequences (hyperlinks), other ESC pairs;
  # carriage-return progress redraws become line breaks.
  sed -E $'s#\x1B\\[[0-9;?]*[ -/]*[@-~]##g; s#\x1B\\][^\x07\x1B]*(\x07|\x1B\\\\)##g; s#\x1B[@-_]##g; s#\r#\\n#g'
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# last_int <regex> <file>: the last number in the last line-match of <regex>, or empty
last_int() { grep -oE "$1" "$2" | tail -n 1 | grep -oE '[0-9]+' | tail -n 1; }

# failed_tests <kind> <clean log>: the names of the failed tests, one per line
failed_tests() {
  case $1 in
    wtr) sed -n 's/^failed: //p' "$2" ;;
    node) grep -E '^[[:space:]]*not ok [0-9]+ - ' "$2" | sed -E 's/^[[:space:]]*not ok [0-9]+ - //' | awk '!seen[$0]++' ;;
    playwright)
      # the closing block: `  1 failed` then `    [chromium] › e2e/x.spec.ts:12:3 › title`
      awk '/^[[:space:]]+[0-9]+ (failed|flaky|interrupted|did not run)/ { inside = 1; next }
           inside && /^[[:space:]]+\[/ { sub(/^[[:space:]]+/, ""); print; next }
           inside && !/^[[:space:]]*$/ { inside = 0 }' "$2"
      ;;
    vitest) grep -E '^[[:space:]]*FAIL[[:space:]]' "$2" | sed -E 's/^[[:space:]]*FAIL[[:space:]]+//; s/[[:space:]]+/ /g' | awk '!seen[$0]++' ;;
  esac
}

# The seconds a step may take: its own limit, or what is left of the whole run's, if less.
step_limit() {
  local left=$((TEST_TIME_LIMIT - ($(date +%s) - RUN_START_S) - 15))
  if [ "$left" -lt "$STEP_TIMEOUT" ]; then echo "$left"; else echo "$STEP_TIMEOUT"; fi
}

# run_step <kind> <name> <command...>
#   kind: check | node | vitest | playwright | wtr
run_step() {
  local kind=$1 name=$2
  shift 2
  STEP_NO=$((STEP_NO + 1))
  local slug log clean start end rc secs passed=0 failed=0 note=""
  slug=$(printf '%02d-%s' "$STEP_NO" "$(tr ' /' '--' <<<"$name" | tr -cd 'A-Za-z0-9._-')")
  log="$LOG_DIR/$slug.log"
  clean="$LOG_DIR/$slug.clean.log"

  local limit progress="$LOG_DIR/$slug.progress"
  limit=$(step_limit)
  say ""
  if [ "$limit" -lt 30 ]; then
    say "==> [$STEP_NO] $name: not run, the whole run's limit of ${TEST_TIME_LIMIT}s is reached"
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
    SUMMARY+=("$(printf '%-4s %-34s %4s passed %4s failed %7ss  %s' "FAIL" "$name" 0 1 0.0 "— not run: the run's ${TEST_TIME_LIMIT}s limit was reached")")
    return
  fi
  say "==> [$STEP_NO] $name (limit ${limit}s): $*"
  start=$(now)
  # A hung step (browser, server) must not eat the CI budget: per-step limit. Without a terminal,
  # timeout runs the step in its own process group and stops all of it; at a terminal it stays in
  # the foreground group (--foreground) so Ctrl-C still reaches the step.
  WTR_PROGRESS_FILE=$progress timeout $TIMEOUT_MODE --kill-after=20s "$limit" "$@" </dev/null 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local timed_out=0
  { [ "$rc" = 124 ] || [ "$rc" = 137 ]; } && timed_out=1
  end=$(now)
  secs=$(elapsed "$start" "$end")
  strip_ansi <"$log" >"$clean"

  case $kind in
    check)
      if [ "$rc" = 0 ]; then passed=1; else failed=1; fi
      [ "$timed_out" = 1 ] && note="stopped at its ${limit}s limit"
      ;;
    *)
      local p f found=0 none=0
      case $kind in
        node)
          # TAP summary: `# pass N`, `# fail N`, `# cancelled N` (a file that failed to load)
          p=$(last_int '^# pass [0-9]+' "$clean")
          f=$(last_int '^# fail [0-9]+' "$clean")
          local c
          c=$(last_int '^# cancelled [0-9]+' "$clean")
          if [ -n "$p$f" ]; then found=1; passed=${p:-0}; failed=$((${f:-0} + ${c:-0})); fi
          grep -qE '^No test files found' "$clean" && none=1
          ;;
        vitest)
          # `      Tests  2 failed | 3 passed (5)`  /  `Tests  no tests`
          local line
          line=$(grep -E '^[[:space:]]*Tests[[:space:]]+' "$clean" | tail -n 1)
          if [ -n "$line" ]; then
            found=1
            passed=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || true)
            failed=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || true)
            passed=${passed:-0}
            failed=${failed:-0}
          fi
          grep -qiE 'No test files found|No story files found' "$clean" && [ "$found" = 0 ] && none=1
          ;;
        playwright)
          # closing block: `  3 passed (4.2s)` / `  1 failed` / `  1 flaky` / `  2 did not run`
          p=$(last_int '^[[:space:]]+[0-9]+ passed' "$clean")
          f=$(last_int '^[[:space:]]+[0-9]+ failed' "$clean")
          local fl dnr intr
          fl=$(last_int '^[[:space:]]+[0-9]+ flaky' "$clean")
          dnr=$(last_int '^[[:space:]]+[0-9]+ did not run' "$clean")
          intr=$(last_int '^[[:space:]]+[0-9]+ interrupted' "$clean")
          if [ -n "$p$f$fl$dnr$intr" ]; then
            found=1
            passed=$((${p:-0} + ${fl:-0}))
            failed=$((${f:-0} + ${dnr:-0} + ${intr:-0}))
          fi
          grep -qE '^Error: No tests found' "$clean" && none=1
          ;;
        wtr)
          # scripts/wtr-count-reporter.mjs: `wtr: N passed, N failed, N skipped`
          local line
          line=$(grep -E '^wtr: [0-9]+ passed, [0-9]+ failed' "$clean" | tail -n 1)
          if [ -n "$line" ]; then
            found=1
            passed=$(sed -E 's/^wtr: ([0-9]+) passed.*/\1/' <<<"$line")
            failed=$(sed -E 's/^wtr: [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
          fi
          grep -qE 'Could not find any test files' "$clean" && none=1
          # Stopped at its limit: the reporter's file says what ran before (counts, failed tests).
          if [ "$found" = 0 ] && [ "$timed_out" = 1 ] && [ -s "$progress" ]; then
            local files
            read -r passed failed _ files <"$progress"
            failed=$((failed + 1))
            found=1
            note="stopped at its ${limit}s limit after $files test files (+1 failed)"
            tail -n +2 "$progress" | sed 's/^/failed: /' >>"$clean"
          fi
          ;;
      esac
      if [ "$found" = 0 ] && [ "$none" = 1 ]; then
        passed=0
        failed=0
        note="no tests found"
        WARNINGS+=("WARNING: $name: no tests found (counted as 0 passed, 0 failed)")
        say "WARNING: $name: no tests found (counted as 0 passed, 0 failed)"
      elif [ "$found" = 0 ]; then
        passed=0
        failed=1
        note="crashed without reporting counts (exit $rc)"
        [ "$timed_out" = 1 ] && note="stopped at its ${limit}s limit"
      elif [ "$rc" != 0 ] && [ "$failed" = 0 ]; then
        failed=1
        note="exit $rc although no test failed"
        [ "$timed_out" = 1 ] && note="stopped at its ${limit}s limit"
      fi
      ;;
  esac

  if [ "$timed_out" = 1 ] && [ -z "$note" ]; then
    note="stopped at its ${limit}s limit"
    [ "$failed" = 0 ] && failed=1
  fi

  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  local status=ok
  [ "$failed" != 0 ] && status=FAIL
  [ -n "$note" ] && note=" — $note"
  SUMMARY+=("$(printf '%-4s %-34s %4s passed %4s failed %7ss  %s%s' "$status" "$name" "$passed" "$failed" "$secs" "${log#"$ROOT"/}" "$note")")
  if [ "$failed" != 0 ] && [ "$kind" != check ]; then
    local names count
    names=$(failed_tests "$kind" "$clean")
    count=$(grep -c . <<<"$names")
    while IFS= read -r line; do [ -n "$line" ] && SUMMARY+=("       ✗ $line"); done < <(head -n 40 <<<"$names")
    [ "$count" -gt 40 ] && SUMMARY+=("       … and $((count - 40)) more in ${clean#"$ROOT"/}")
  fi
  say "<== [$STEP_NO] $name: $status ($passed passed, $failed failed, ${secs}s)"
}

# skip_suite <name> <reason>: a suite with no test files yet
skip_suite() {
  STEP_NO=$((STEP_NO + 1))
  say ""
  say "WARNING: $1: $2 (counted as 0 passed, 0 failed)"
  WARNINGS+=("WARNING: $1: $2 (counted as 0 passed, 0 failed)")
  SUMMARY+=("$(printf '%-4s %-34s %4s passed %4s failed %7ss  %s' "skip" "$1" 0 0 0.0 "— $2")")
}

has_files() { [ -n "$(find "$@" -type f -print -quit 2>/dev/null)" ]; }

RUN_START=$(now)

run_step check "lint (eslint)" eslint .
run_step check "typecheck (tsc)" tsc --noEmit -p tsconfig.json
# no-invalid-css off: lit-analyzer 2.0.3's CSS service predates forced-color-adjust, color-scheme and
# light-dark(), and misparses `${…}` interpolated declarations (dozens of false errors).
run_step check "lit-analyzer" lit-analyzer src --strict --rules.no-invalid-css off
run_step check "custom-elements.json fresh" node scripts/check-cem.mjs
run_step check "library build" npm run --silent build
run_step check "package exports" node scripts/check-package-exports.mjs
run_step check "size budgets" node scripts/bench-size.mjs
# Figures, not pass/fail (bench/results/mapper.json); run so the benchmark itself cannot rot.
run_step check "mapper benchmark runs" node scripts/bench-mapper.mjs --quick
run_step check "connections benchmark runs" node scripts/bench-connections.mjs --quick
run_step check "consent benchmark runs" node scripts/bench-consent.mjs --runs 1
run_step check "loader benchmark runs" node --import tsx scripts/bench-loader.mjs

if has_files test/node -name '*.test.ts'; then
  run_step node "node tests" node scripts/test-node.mjs --test-reporter=tap
else
  skip_suite "node tests" "no test/node/**/*.test.ts yet"
fi
# The package as `npm pack` makes it: publint, arethetypeswrong, and React/Vue/Svelte projects built
# from the tarball (type-check, negative type test, Vite build, render in headless Chromium).
run_step node "consumers (npm pack)" node --import tsx --test --test-reporter=tap test/consumers/consumers.test.ts

run_step check "storybook build" storybook build --quiet -o storybook-static

if has_files stories -name '*.stories.ts'; then
  run_step vitest "stories as tests (vitest)" vitest run --project storybook
else
  skip_suite "stories as tests (vitest)" "no stories/**/*.stories.ts yet"
fi

if has_files e2e -name '*.spec.ts'; then
  run_step playwright "e2e (playwright)" playwright test
else
  skip_suite "e2e (playwright)" "no e2e/*.spec.ts yet"
fi

# The Playwright journeys again in Firefox (puppeteer-core, BiDi) and WebKit (webdriverio,
# WebKitWebDriver): node:test, one emulator server per test; MiniBrowser needs an X display.
# Uses dist/cdn/authsec-consent.js from the library build above.
if has_files e2e/cross-browser -name '*.test.ts'; then
  run_step node "journeys firefox+webkit" xvfb-run -a node --import tsx --test --test-reporter=tap e2e/cross-browser/*.test.ts
else
  skip_suite "journeys firefox+webkit" "no e2e/cross-browser/*.test.ts yet"
fi

# Last: the component tests in each engine, one after another (each alone is faster than all three
# at once on 2 cores: web-test-runner.config.mjs); WebKit (MiniBrowser) needs an X display.
if has_files test -name '*.test.ts' -not -path 'test/node/*'; then
  run_step wtr "wtr chromium" env BROWSERS=chromium web-test-runner
  run_step wtr "wtr firefox" env BROWSERS=firefox web-test-runner
  run_step wtr "wtr webkit" env BROWSERS=webkit xvfb-run -a web-test-runner
else
  skip_suite "wtr (chromium, firefox, webkit)" "no test/**/*.test.ts (outside test/node) yet"
fi

# ---------------------------------------------------------------------------------------------
# 3. Summary
# ---------------------------------------------------------------------------------------------
say ""
say "================================ summary ================================"
for line in "${SUMMARY[@]}"; do say "$line"; done
for line in "${WARNINGS[@]}"; do say "$line"; done
say "total time $(elapsed "$RUN_START" "$(now)")s; logs in ${LOG_DIR#"$ROOT"/}/"
if [ "$TOTAL_FAILED" = 0 ]; then finish 0; else finish 1; fi

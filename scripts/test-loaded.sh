#!/usr/bin/env bash
# `npm run test:loaded`: the whole test command (scripts/test-all.sh) while the machine is kept busy
# by CPU-bound processes for the whole run, as a shared CI machine may be. Starts them (2 by default:
# BUSY_PROCESSES=N), runs the tests, and stops them by PID however the run ends. The last line is
# still test-all's plain `N passed, N failed`; its summary prints the total time.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

BUSY=${BUSY_PROCESSES:-2}
pids=()
stop_busy() {
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null
  pids=()
}
trap stop_busy EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for _ in $(seq "$BUSY"); do
  node -e 'for (;;) {}' &
  pids+=($!)
  disown "$!" # no "Terminated" line from bash after the total
done
echo "==> machine kept busy by $BUSY CPU-bound processes (PIDs ${pids[*]}) for the whole run"

bash scripts/test-all.sh

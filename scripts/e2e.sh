#!/usr/bin/env bash
# End-to-end test on the real app: builds the UI, then the debug binary (which embeds
# ui/dist at compile time, so the order matters), then runs tests/e2e under Xvfb, where
# the test drives the app through tauri-driver + WebKitWebDriver.
#
#   scripts/e2e.sh              build and run
#   scripts/e2e.sh --no-build   run against what is already built
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"

if [ "${1:-}" != --no-build ]; then
  echo "e2e: building the UI (npm run build:ui)"
  npm run build:ui --silent
  echo "e2e: building the app and the command line (cargo build -p mizan-app -p mizan-cli)"
  cargo build -p mizan-app -p mizan-cli
fi

# tauri-driver lives in cargo's bin folder, which a fresh shell may not have on PATH.
export PATH="$PATH:${CARGO_HOME:-$HOME/.cargo}/bin"
for tool in xvfb-run WebKitWebDriver tauri-driver; do
  command -v "$tool" >/dev/null 2>&1 || { echo "e2e: $tool not found: run scripts/setup.sh" >&2; exit 1; }
done

# The test starts tauri-driver in its own process group and writes the group id here;
# whatever way this script ends, that group (driver, WebKitWebDriver, app) is ended too.
pidfile="$(mktemp)"
cleanup() {
  local pgid
  pgid="$(cat "$pidfile" 2>/dev/null || true)"
  # Live members only: a zombie (already dead, not yet reaped) needs no ending.
  if [ -n "$pgid" ] && ps -eo pgid=,stat= | awk -v g="$pgid" '$1 == g && $2 !~ /^Z/ { found = 1 } END { exit !found }'; then
    echo "e2e: ending leftover test processes (group $pgid)"
    kill -TERM -- "-$pgid" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}
trap cleanup EXIT

run_tests() {
  MIZAN_E2E_PIDFILE="$pidfile" xvfb-run -a -s "-screen 0 1366x900x24" \
    node --test --test-concurrency=1 tests/e2e/
}

# Nothing may leave the machine: when we can (root, or unprivileged user namespaces), the
# whole session runs in a network namespace with only loopback, under strace, and every
# connection anything tried is checked (tests/e2e/check-network.mjs). MIZAN_E2E_NETCHECK=0
# skips this; =1 makes it required.
netcheck="${MIZAN_E2E_NETCHECK:-auto}"
if [ "$netcheck" != 0 ] && command -v strace >/dev/null && command -v ip >/dev/null && unshare -rn true 2>/dev/null; then
  trace="$(mktemp -d)"
  echo "e2e: running tests/e2e under Xvfb, in a network namespace with only loopback, tracing connections"
  export -f run_tests
  export pidfile
  # -r maps us to root inside, so `ip` may bring loopback up without real privileges.
  unshare -rn bash -c 'ip link set lo up && exec strace -f --seccomp-bpf -qq -e trace=connect,sendto,sendmsg,sendmmsg -e signal=none -o "$0/trace" bash -c run_tests' "$trace"
  node tests/e2e/check-network.mjs "$trace/trace"
  rm -rf "$trace"
elif [ "$netcheck" = 1 ]; then
  echo "e2e: MIZAN_E2E_NETCHECK=1 but a network namespace (unshare -rn) strace or ip is not available" >&2
  exit 1
else
  echo "e2e: running tests/e2e under Xvfb (no network-namespace check: unshare -rn, strace or ip unavailable)"
  run_tests
fi

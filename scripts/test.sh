#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest — Rust (engine, CLI, shell
# commands on temporary databases), UI units, UI in Chromium over the real engine
# (mizan-ui-server, built by cargo test --workspace), then the real app end to end under Xvfb.
#
#   scripts/test.sh           the full run (npm test)
#   scripts/test.sh --quick   Rust with 20 crash rounds instead of 200, and the UI units
#                             (npm run test:quick; for iterating, not for CI)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = --quick ] && quick=true
scripts/setup.sh
# The DOCX report's LibreOffice test skips where soffice is missing, except here: CI runs
# this script after setup.sh installed it, so a missing soffice fails instead of passing.
export MIZAN_REQUIRE_LIBREOFFICE=1
command -v cargo >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"

step() { echo; echo "test: == $* =="; }

# mizan-app embeds ui/dist at compile time: build the UI before any cargo command.
step "UI build"
npm run build:ui --silent
if $quick; then
  step "Rust (quick: 20 crash rounds): cargo test --workspace"
  MIZAN_CRASH_ROUNDS="${MIZAN_CRASH_ROUNDS:-20}" cargo test --workspace
  step "UI units: npm run test:unit"
  npm run test:unit --silent
  echo
  echo "test: quick run passed (Playwright and end-to-end not run: npm test runs everything)"
  exit 0
fi
step "Rust: cargo test --workspace (crash test: ${MIZAN_CRASH_ROUNDS:-200} SIGKILL rounds)"
cargo test --workspace
step "UI units: npm run test:unit"
npm run test:unit --silent
step "UI in Chromium: npm run test:ui"
npm run test:ui --silent
step "end to end on the real app: scripts/e2e.sh"
cargo build -p mizan-app
scripts/e2e.sh --no-build
echo
echo "test: all passed"

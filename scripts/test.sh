#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest — Rust (engine, CLI, shell
# commands on temporary databases), UI units, UI in Chromium with a mocked backend, then
# the real app end to end under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
command -v cargo >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"

step() { echo; echo "test: == $* =="; }

# mizan-app embeds ui/dist at compile time: build the UI before any cargo command.
step "UI build"
npm run build:ui --silent
step "Rust: cargo test --workspace"
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

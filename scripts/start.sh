#!/usr/bin/env bash
# `npm start`: install what is missing, build the UI, then build and open the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
command -v cargo >/dev/null 2>&1 || export PATH="$HOME/.cargo/bin:$PATH"
echo "start: building the UI (npm run build:ui)"
npm run build:ui --silent
# The app embeds ui/dist when it is compiled, so it is built after the UI.
echo "start: building and opening the app (cargo run -p mizan-app)"
exec cargo run -p mizan-app

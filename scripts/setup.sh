#!/usr/bin/env bash
# Installs what Mizan needs to build, run and test, and only what is missing; safe to run
# again (a few seconds when everything is there). Used by `npm start` and `npm test`.
#
#   scripts/setup.sh            install what is missing
#   scripts/setup.sh --check    only report; exit 1 if something is missing
#   MIZAN_SKIP_SETUP=1          skip entirely (e.g. a prepared CI image)
#
# What it checks, in order: system packages (Debian/Ubuntu apt), Rust (rustup when cargo is
# missing or too old), Node packages (npm ci, when node_modules does not match the lock
# file), tauri-driver (the WebDriver bridge of the end-to-end test).
set -euo pipefail

cd "$(dirname "$0")/.."

if [ "${MIZAN_SKIP_SETUP:-}" = 1 ]; then
  echo "setup: skipped (MIZAN_SKIP_SETUP=1)"
  exit 0
fi

CHECK_ONLY=0
case "${1:-}" in
  --check) CHECK_ONLY=1 ;;
  "") ;;
  *) echo "setup: unknown option '$1' (use --check or nothing)" >&2; exit 2 ;;
esac

# tauri 2.12 needs Rust 1.90; Vite 8 needs Node 20.19 or 22.12+.
RUST_MIN=1.90
NODE_MIN=20.19
TAURI_DRIVER_VERSION=2.1.0

missing=0
say() { echo "setup: $*"; }
need() { say "MISSING: $*"; missing=1; }

# version_ge A B: true when version A >= B (numeric, dot-separated).
version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    say "need root to run: $* — install sudo or run this script as root" >&2
    exit 1
  fi
}

# ---- system packages ---------------------------------------------------------------------
# Build: WebKitGTK 4.1 and friends (Tauri on Linux). Tests: Xvfb, WebKitWebDriver,
# Chromium (Playwright), poppler-utils and qpdf (PDF checks). ImageMagick: scripts/icons.sh.
# strace and iproute2: the end-to-end test runs in a network namespace and records every
# connection the app tries (scripts/e2e.sh). xdotool: it answers the native save dialog.
# libreoffice-writer-nogui: the DOCX report's test converts it to PDF with soffice
# --headless, to check that a real word processor opens it and shows its content in order.
# unzip: the end-to-end test reads the Word package the app wrote.
APT_PACKAGES=(
  build-essential pkg-config curl file ca-certificates
  libwebkit2gtk-4.1-dev libssl-dev libxdo-dev libayatana-appindicator3-dev librsvg2-dev
  xvfb xauth webkit2gtk-driver poppler-utils qpdf imagemagick strace iproute2 xdotool
  libreoffice-writer-nogui unzip
)
os_id=""
[ -r /etc/os-release ] && os_id="$(. /etc/os-release && echo "${ID:-}")"
# Ubuntu names Debian's `chromium` package `chromium-browser`.
if [ "$os_id" = ubuntu ]; then APT_PACKAGES+=(chromium-browser); else APT_PACKAGES+=(chromium); fi

if command -v dpkg-query >/dev/null 2>&1; then
  installed="$(dpkg-query -W -f='${Package} ${Status}\n' "${APT_PACKAGES[@]}" 2>/dev/null | awk '$NF == "installed" { print $1 }' || true)"
  absent=()
  for p in "${APT_PACKAGES[@]}"; do
    grep -qx "$p" <<<"$installed" || absent+=("$p")
  done
  if [ ${#absent[@]} -eq 0 ]; then
    say "system packages: all ${#APT_PACKAGES[@]} present"
  elif [ $CHECK_ONLY = 1 ]; then
    need "system packages: ${absent[*]}"
  else
    say "installing system packages: ${absent[*]}"
    # Waits for another apt/dpkg run (e.g. unattended upgrades) instead of failing on its lock.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${absent[@]}"
  fi
else
  say "not a Debian/Ubuntu system: install the equivalents of these packages yourself: ${APT_PACKAGES[*]}"
fi

# ---- Rust ---------------------------------------------------------------------------------
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
rust_version() { rustc --version 2>/dev/null | awk '{ print $2 }'; }
if ! command -v cargo >/dev/null 2>&1; then
  if [ $CHECK_ONLY = 1 ]; then
    need "Rust (cargo not found)"
  else
    say "installing Rust (rustup, stable toolchain, minimal profile) into ~/.cargo"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --default-toolchain stable
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
if command -v cargo >/dev/null 2>&1; then
  v="$(rust_version)"
  if version_ge "${v:-0}" "$RUST_MIN"; then
    say "Rust $v (>= $RUST_MIN)"
  elif [ $CHECK_ONLY = 1 ]; then
    need "Rust >= $RUST_MIN (found ${v:-none})"
  elif command -v rustup >/dev/null 2>&1; then
    say "Rust $v is older than $RUST_MIN: updating the stable toolchain"
    rustup toolchain install stable --profile minimal
    rustup default stable
  else
    say "Rust $v is older than $RUST_MIN and was not installed by rustup (a distribution package?)." >&2
    say "Install rustup (https://rustup.rs) or remove the old cargo/rustc packages, then run this again." >&2
    exit 1
  fi
fi

# ---- Node packages ------------------------------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  need "Node.js >= $NODE_MIN with npm (https://nodejs.org, or your distribution's nodejs + npm)"
else
  v="$(node --version | sed 's/^v//')"
  if ! version_ge "$v" "$NODE_MIN"; then
    need "Node.js >= $NODE_MIN (found $v): Vite needs it; install a newer Node.js (https://nodejs.org)"
  else
    say "Node.js $v (>= $NODE_MIN)"
    # Answers `ok`, `ci` (node_modules differs from the lock file) or `install` (no lock
    # file, or package.json asks for something the lock file lacks).
    state="$(node scripts/lib/npm-state.mjs)"
    case "$state" in
      ok) say "node_modules matches package-lock.json" ;;
      ci | install)
        if [ $CHECK_ONLY = 1 ]; then
          need "node packages (npm $state)"
        else
          say "node_modules is missing or stale: running npm $state"
          npm "$state" --no-audit --no-fund
        fi
        ;;
      *) say "cannot tell whether node_modules is current ($state)" >&2; exit 1 ;;
    esac
  fi
fi

# ---- tauri-driver -------------------------------------------------------------------------
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
if command -v tauri-driver >/dev/null 2>&1 || [ -x "$cargo_bin/tauri-driver" ]; then
  say "tauri-driver present ($(command -v tauri-driver || echo "$cargo_bin/tauri-driver"))"
elif [ $CHECK_ONLY = 1 ]; then
  need "tauri-driver (cargo install tauri-driver --locked)"
elif command -v cargo >/dev/null 2>&1; then
  say "installing tauri-driver $TAURI_DRIVER_VERSION (cargo install, about a minute)"
  cargo install tauri-driver --version "$TAURI_DRIVER_VERSION" --locked
fi

if [ $missing = 1 ]; then
  say "something is missing (see above)"
  exit 1
fi
say "ready"

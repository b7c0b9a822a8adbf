#!/usr/bin/env bash
# Installs what Parallax needs, skipping whatever is already there.
#
#   scripts/setup.sh build   wasm32 target, Trunk, wasm-bindgen-cli, npm tools (wasm-opt)
#   scripts/setup.sh test    all of the above, plus Chromium and chromedriver
#
# Nothing is downloaded from the web: Rust tools come from crates.io, wasm-opt and
# playwright-core from the npm registry, Chromium from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

mode=${1:-build}
TRUNK_VERSION=0.21.14

say() { printf '==> %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is missing: $2"
}

need cargo "install Rust with rustup (https://rustup.rs is not reachable here; use your distribution's rustup)"
need rustup "install rustup"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION from crates.io (a few minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen" ] || die "Cargo.lock names no wasm-bindgen version"
grep -q "wasm_bindgen = \"$bindgen\"" Trunk.toml \
  || die "Trunk.toml [tools] wasm_bindgen must be \"$bindgen\", the version in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen" ]; then
  say "installing wasm-bindgen-cli $bindgen from crates.io (a few minutes, once)"
  # Without --locked: its own lock file pins crates that no longer build on this toolchain.
  cargo install wasm-bindgen-cli --version "$bindgen" --force
fi

if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    say "installing Node.js and npm from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
  else
    die "npm is missing: install Node.js and npm (sudo apt-get install nodejs npm)"
  fi
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing wasm-opt (binaryen) and playwright-core from the npm registry"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$mode" = test ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      say "installing Chromium and chromedriver from Debian"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
    else
      die "Chromium is missing: install it with 'sudo apt-get install chromium chromium-driver'"
    fi
  fi
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"

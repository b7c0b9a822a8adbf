#!/usr/bin/env bash
# Every check, in the order a failure is cheapest to find. `make test` runs this.
#   1. tools (installed when missing)   2. cargo fmt --check
#   3. clippy -D warnings, host and wasm32   4. native tests (engine, CLI, app helpers)
#   5. browser tests (wasm-bindgen-test in headless Chromium)
#   6. release build with Trunk (with its CSP), wasm size, and the single-file build
#   7. end-to-end tests of dist/ under a sub-path and of the single file from file://
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }
started=$(date +%s)

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy -p parallax-app --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings
cargo clippy -p parallax-engine --target wasm32-unknown-unknown --lib --locked -- -D warnings
cargo clippy -p parallax-worker --target wasm32-unknown-unknown --lib --bins --locked -- -D warnings
cargo clippy -p parallax-readers --target wasm32-unknown-unknown --lib --locked -- -D warnings

step "native tests"
cargo test --workspace --locked

step "browser tests (wasm-bindgen-test, headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test -p parallax-app --target wasm32-unknown-unknown --test web --locked

step "release build (trunk, offline)"
trunk build --release --offline
wasm=$(ls dist/parallax-app-*.wasm)
worker=$(ls dist/parallax-worker-*.wasm)
readers=$(ls dist/parallax-readers-*.wasm)
gz=$(gzip -9c "$wasm" | wc -c)
worker_gz=$(gzip -9c "$worker" | wc -c)
readers_gz=$(gzip -9c "$readers" | wc -c)
total_gz=$(cat dist/*.wasm dist/*.js dist/*.css dist/index.html | gzip -9c | wc -c)
printf 'page wasm: %s bytes raw, %s gzip; worker wasm: %s raw, %s gzip; file readers (loaded on the first file): %s raw, %s gzip (whole app gzip: %s)\n' \
  "$(wc -c < "$wasm")" "$gz" "$(wc -c < "$worker")" "$worker_gz" "$(wc -c < "$readers")" "$readers_gz" "$total_gz"
# Budgets (docs/architecture.md): the page's wasm decides how soon the first view shows; the
# worker's loads beside it; the file readers load when the user first adds a file.
budget=300000
worker_budget=280000
readers_budget=400000
[ "$gz" -le "$budget" ] || { echo "the page's wasm is over its budget of $budget bytes gzip (measure with twiggy: docs/architecture.md)"; exit 1; }
[ "$worker_gz" -le "$worker_budget" ] || { echo "the worker's wasm is over its budget of $worker_budget bytes gzip"; exit 1; }
[ "$readers_gz" -le "$readers_budget" ] || { echo "the file readers' wasm is over its budget of $readers_budget bytes gzip"; exit 1; }
grep -q 'http-equiv="Content-Security-Policy"' dist/index.html || { echo "dist/index.html has no CSP (scripts/csp.mjs hook)"; exit 1; }

step "single-file build (dist-single/parallax.html)"
node scripts/single.mjs

step "release build with a hostile test article and test hooks (target/dist-hostile)"
PARALLAX_EXTRA_SEEDS=tests/e2e/hostile PARALLAX_TEST_HOOKS=1 trunk build --release --offline --dist target/dist-hostile

step "release build with 300 bundled articles (target/dist-many)"
node tests/e2e/many.mjs target/many-articles 295
PARALLAX_EXTRA_SEEDS=target/many-articles trunk build --release --offline --dist target/dist-many

step "end-to-end (dist/ served under /parallax/ on 127.0.0.1)"
node tests/e2e/run.mjs

printf '\nall checks passed in %ss\n' "$(( $(date +%s) - started ))"

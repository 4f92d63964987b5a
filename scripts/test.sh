#!/usr/bin/env bash
# Every check and test, in the order CI runs them (`make test`, `.ci/run`).
# Each step prints a banner; the first failure stops the run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }
started=$(date +%s)

step "bootstrap (installs only what is missing)"
scripts/bootstrap.sh

step "UI: type check and build (ui/dist, embedded by the app)"
(cd ui && npm run --silent build)

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Rust tests (every crate; also builds target/debug/scanpay-kiosk for the e2e run)"
cargo test --workspace --locked

step "UI unit tests (vitest)"
(cd ui && npx vitest run)

step "UI in headless Chromium (playwright-core, /usr/bin/chromium)"
(cd ui && node --test --test-reporter=spec e2e/chromium.test.mjs)

step "the real app under Xvfb, driven by tauri-driver + WebKitWebDriver"
# No separate `cargo build -p scanpay-kiosk`: a single-package build resolves
# features differently and would rebuild much of the dependency tree.
scripts/with-display.sh node --test --test-reporter=spec ui/e2e/app.test.mjs
echo "screenshots: $root/target/e2e-screenshots/ and $root/target/ui-screenshots/"

printf '\nall checks passed in %d s\n' "$(( $(date +%s) - started ))"

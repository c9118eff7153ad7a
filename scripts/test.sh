#!/usr/bin/env bash
# Installs the tools if needed, then runs every check and test; stops at the
# first failure with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh --browsers || exit 1

step() { printf '\n==> %s\n' "$*" >&2; }

step "format"
cargo fmt --all --check

step "clippy (native)"
cargo clippy --all-targets --locked --features prerender -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test --locked

step "wasm tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown

step "release build"
scripts/build.sh

step "tool set-up fails loudly on a wrong tool"
scripts/test-bootstrap.sh

step "end-to-end tests in headless Chromium against dist/"
DIST_DIR="$PWD/dist" cargo test --locked --test e2e -- --ignored

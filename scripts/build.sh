#!/usr/bin/env bash
# Builds the release site into dist/ without touching the network.
set -euo pipefail
cd "$(dirname "$0")/.."
# A sourced script without arguments of its own sees ours: keep them for trunk.
trunk_args=("$@")
set --
source scripts/bootstrap.sh || exit 1
trunk build --release --offline "${trunk_args[@]}"
# The organisation view's own binary (org.html), whose files join dist/: the
# page starts it for #/org only, so other visits never download it.
trunk build org.html --release --offline --dist target/org-dist "${trunk_args[@]}"
cp target/org-dist/devops-maturity-org-*.js target/org-dist/devops-maturity-org-*_bg.wasm dist/
# The landing rendered natively from the app's own views, for the first paint.
cargo run --locked --quiet --features prerender --bin prerender -- target/prerendered
# CSP, prerendered landing, service worker and the single-file offline bundle.
node scripts/postbuild.mjs dist target/prerendered

#!/usr/bin/env bash
# Builds the release site into dist/ without touching the network.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh || exit 1
trunk build --release --offline "$@"
# CSP, service worker and the single-file offline bundle.
node scripts/postbuild.mjs dist

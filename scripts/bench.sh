#!/usr/bin/env bash
# The performance benchmark: builds the release, prints its sizes, then times
# it in headless Chromium on loopback (medians over repeated runs). Figures are
# reported against the budgets, not asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh --browsers || exit 1
scripts/build.sh >&2
echo "== sizes (dist/)"
node scripts/sizes.mjs dist
echo
echo "== timings"
DIST_DIR="$PWD/dist" cargo test --quiet --locked --test bench -- --ignored --nocapture

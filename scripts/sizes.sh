#!/usr/bin/env bash
# Builds the release site and prints its sizes (raw, gzip, brotli).
# Pass --no-build to measure the dist/ already there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then scripts/build.sh >&2; fi
node scripts/sizes.mjs dist

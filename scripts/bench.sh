#!/usr/bin/env bash
# The performance benchmark: builds the release, prints its sizes, then times
# it in headless Chromium on loopback (medians over repeated runs). Figures are
# reported against the budgets, not asserted. Last, what each screen adds to
# the wasm (scripts/bytes-per-screen.sh, about ten minutes; --no-screens skips
# it).
set -euo pipefail
cd "$(dirname "$0")/.."
screens=1
[ "${1:-}" = "--no-screens" ] && screens=0
set --
source scripts/bootstrap.sh --browsers || exit 1
scripts/build.sh >&2
echo "== sizes (dist/)"
node scripts/sizes.mjs dist
echo
echo "== timings"
DIST_DIR="$PWD/dist" cargo test --quiet --locked --test bench -- --ignored --nocapture

LIGHTHOUSE_VERSION="13.5.0"
ensure_npm_package lighthouse lighthouse "$LIGHTHOUSE_VERSION"
lighthouse_dir="$DEVOPS_MATURITY_TOOLS/lighthouse"
profile="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$profile"' EXIT

# Lighthouse measures the bytes a visitor downloads, so dist/ is served
# compressed as hosts serve it: gzip (GitHub Pages, the documented host) and
# brotli (CDNs).
for encoding in gzip br; do
  port=8765
  node scripts/serve-compressed.mjs dist "$port" "$encoding" &
  server=$!
  sleep 1
  echo
  echo "== Lighthouse $LIGHTHOUSE_VERSION, served with $encoding (mobile, simulated slow 4G)"
  CHROME_PATH=/usr/bin/chromium "$lighthouse_dir/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/" \
    --quiet --output=json --output-path="$profile/report-$encoding.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$profile/chrome-$encoding"
  node scripts/lighthouse.mjs "$profile/report-$encoding.json"
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null || true
  server=""
done

if [ "$screens" = 1 ]; then
  echo
  echo "== bytes per screen: what each screen adds to the wasm (a build without it)"
  scripts/bytes-per-screen.sh
fi

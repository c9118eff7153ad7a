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

echo
echo "== Lighthouse (npm lighthouse, /usr/bin/chromium, loopback, simulated slow 4G)"
LIGHTHOUSE_VERSION="13.5.0"
ensure_npm_package lighthouse lighthouse "$LIGHTHOUSE_VERSION"
lighthouse_dir="$DEVOPS_MATURITY_TOOLS/lighthouse"
port=8765
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
profile="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null; rm -rf "$profile"' EXIT
sleep 1
CHROME_PATH=/usr/bin/chromium "$lighthouse_dir/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/" \
  --quiet --output=json --output-path="$profile/report.json" \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$profile/chrome"
node scripts/lighthouse.mjs "$profile/report.json"

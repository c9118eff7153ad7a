#!/usr/bin/env bash
# Installs the tools if needed, then serves the app on http://127.0.0.1:8080
# with live rebuilds. Extra arguments go to `trunk serve` (e.g. --port 9000).
set -euo pipefail
cd "$(dirname "$0")/.."
# A sourced script without arguments of its own sees ours: keep them for trunk.
trunk_args=("$@")
set --
source scripts/bootstrap.sh || exit 1
# Its own output dir, so dist/ only ever holds the release build.
exec trunk serve --offline --dist target/serve-dist "${trunk_args[@]}"

#!/usr/bin/env bash
# Installs the tools if needed, builds the release site (the app, the
# organisation view and the offline file) and serves dist/ on
# http://127.0.0.1:8080, gzip-compressed as GitHub Pages serves it.
#   scripts/serve.sh --dev [trunk args]   the app alone, with live rebuilds
#                                         (`trunk serve`; no organisation view)
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  -h | --help)
    echo "usage: scripts/serve.sh           build the release (app, organisation view, offline file)"
    echo "                                  and serve dist/ gzip-compressed on http://127.0.0.1:${PORT:-8080}"
    echo "       scripts/serve.sh --dev [trunk serve args]"
    echo "                                  the app alone with live rebuilds (no organisation view)"
    exit 0
    ;;
  --) shift ;;
esac
if [ "${1:-}" = "--dev" ]; then
  shift
  # A sourced script without arguments of its own sees ours: keep them for trunk.
  trunk_args=("$@")
  set --
  source scripts/bootstrap.sh || exit 1
  # Its own output dir, so dist/ only ever holds the release build.
  exec trunk serve --offline --dist target/serve-dist "${trunk_args[@]}"
fi
if [ "$#" -gt 0 ]; then
  echo "serve.sh: unknown argument $1 (see scripts/serve.sh --help)" >&2
  exit 2
fi
port="${PORT:-8080}"
source scripts/bootstrap.sh || exit 1
scripts/build.sh
echo "Serving dist/ on http://127.0.0.1:$port/ (Ctrl-C stops)" >&2
exec node scripts/serve-compressed.mjs dist "$port" gzip

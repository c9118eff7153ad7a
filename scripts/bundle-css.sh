#!/usr/bin/env bash
# Joins the stylesheets, one per part of the UI (mirroring src/ui/), into the
# one file the page loads: target/style/app.css. Run by Trunk before every
# build (Trunk.toml), so `trunk serve` picks up edits too. The order is the
# cascade: base first, print last.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/style/app.css
mkdir -p "$(dirname "$out")"
files=(
  style/base.css
  style/app.css
  style/parts/*.css
  style/screens/*.css
  style/browser/*.css
  style/print.css
)
tmp="$out.tmp"
: >"$tmp"
for file in "${files[@]}"; do
  printf '/* %s */\n' "$file" >>"$tmp"
  cat "$file" >>"$tmp"
done
# Replace only when changed, so an unchanged bundle does not retrigger a watch.
if ! cmp -s "$tmp" "$out" 2>/dev/null; then mv "$tmp" "$out"; else rm "$tmp"; fi

#!/usr/bin/env bash
# What each screen adds to the wasm: builds the release wasm once with every
# screen and once without each (DEVOPS_MATURITY_LEAVE_OUT, read by
# src/ui/app.rs), each through wasm-bindgen and wasm-opt -Oz as Trunk does,
# and prints the difference raw, gzip and brotli. A screen's share of code
# other screens also use (the results views in a shared result) is not
# counted: this is what dropping or lazy-loading that screen alone would save.
# Takes about a minute a screen. Usage: scripts/bytes-per-screen.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh || exit 1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  DEVOPS_MATURITY_LEAVE_OUT="$1" cargo build --quiet --locked --release \
    --target wasm32-unknown-unknown --bin devops-maturity
  wasm-bindgen --target web --no-typescript --out-dir "$work/$1" \
    target/wasm32-unknown-unknown/release/devops-maturity.wasm
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$work/$1/devops-maturity_bg.wasm" -o "$work/$1.wasm"
}

screens=(overview questionnaire review results history compare team assessments opened_result)
build nothing >&2
for screen in "${screens[@]}"; do
  echo "bytes-per-screen: building without $screen" >&2
  build "$screen" >&2
done
node - "$work" "${screens[@]}" <<'JS'
const { readFileSync } = require("node:fs");
const { gzipSync, brotliCompressSync, constants } = require("node:zlib");
const [work, ...screens] = process.argv.slice(2);
const sizes = (name) => {
  const data = readFileSync(`${work}/${name}.wasm`);
  return [
    data.length,
    gzipSync(data, { level: 9 }).length,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
};
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const all = sizes("nothing");
console.log(`${"screen".padEnd(16)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)} ${"br KB".padStart(8)}`);
for (const screen of screens) {
  const without = sizes(screen);
  console.log(`${screen.padEnd(16)} ${all.map((n, i) => kb(n - without[i])).join(" ")}`);
}
console.log(`${"whole wasm".padEnd(16)} ${all.map(kb).join(" ")}`);
JS
# Leave the normal build's wasm in place for the next trunk build.
cargo build --quiet --locked --release --target wasm32-unknown-unknown --bin devops-maturity

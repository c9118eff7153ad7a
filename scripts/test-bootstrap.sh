#!/usr/bin/env bash
# Checks that tool set-up fails loudly instead of downloading or silently
# using a wrong tool. Run by scripts/test.sh after the release build.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
check() { # check NAME COMMAND... : COMMAND must succeed
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok: $name"
  else
    failed=$((failed + 1))
    echo "FAILED: $name"
  fi
}

fake="$(mktemp -d)"
trap 'rm -rf "$fake"' EXIT
cat >"$fake/wasm-bindgen" <<'FAKE'
#!/bin/sh
echo "wasm-bindgen 0.2.100"
FAKE
chmod +x "$fake/wasm-bindgen"

second_run_installs_nothing() {
  local out
  out="$(scripts/bootstrap.sh 2>&1)" || { echo "$out"; return 1; }
  ! grep -q "installing" <<<"$out" || { echo "$out"; return 1; }
}

bootstrap_names_a_mismatched_wasm_bindgen() {
  local out
  out="$(PATH="$fake:$PATH" scripts/bootstrap.sh 2>&1)" && { echo "bootstrap accepted it"; return 1; }
  grep -q "wasm-bindgen at $fake/wasm-bindgen is version '0.2.100'" <<<"$out" || { echo "$out"; return 1; }
  ! grep -q "installing" <<<"$out" || { echo "it tried to install: $out"; return 1; }
}

trunk_refuses_to_download_a_missing_tool() {
  local out
  out="$(source scripts/bootstrap.sh >/dev/null 2>&1 &&
    PATH="$fake:$PATH" trunk build --release --offline --dist "$fake/dist" 2>&1)" &&
    { echo "trunk built with a wrong wasm-bindgen"; return 1; }
  grep -q "unable to download in offline mode" <<<"$out" || { echo "$out" | tail -20; return 1; }
}

serve_passes_its_arguments_to_trunk() {
  local out
  out="$(scripts/serve.sh --dev --help 2>&1)" || { echo "$out" | tail -5; return 1; }
  grep -q "Usage: trunk serve" <<<"$out" || { echo "$out" | tail -5; return 1; }
}

serve_explains_itself() {
  local out
  out="$(scripts/serve.sh --help 2>&1)" || { echo "$out" | tail -5; return 1; }
  grep -q "scripts/serve.sh --dev" <<<"$out" || { echo "$out" | tail -5; return 1; }
}

check "a second bootstrap run installs nothing" second_run_installs_nothing
check "serve.sh --dev passes its arguments to trunk, not to bootstrap" serve_passes_its_arguments_to_trunk
check "serve.sh --help says what it does without building" serve_explains_itself
check "bootstrap names a mismatched wasm-bindgen on PATH" bootstrap_names_a_mismatched_wasm_bindgen
check "trunk refuses to download when its wasm-bindgen mismatches" trunk_refuses_to_download_a_missing_tool

echo "bootstrap: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

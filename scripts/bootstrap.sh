#!/usr/bin/env bash
# Installs every tool the project needs, from package registries only, and
# skips each one that is already there at the right version.
#
#   scripts/bootstrap.sh [--browsers]          install and check
#   source scripts/bootstrap.sh [--browsers]   same, and keep PATH in this shell
#
# --browsers also installs Chromium and ChromeDriver (Debian packages) for tests.
# Tools land outside the repository (cargo's bin dir and a cache dir), so a
# fresh clone on the same machine reuses them.

TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
AXE_CORE_VERSION="4.14.1"
BINARYEN_NPM_VERSION="132.0.0"
BINARYEN_MIN_VERSION=116 # Debian's binaryen 108 builds wasm that fails at start-up

bootstrap_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEVOPS_MATURITY_TOOLS="${DEVOPS_MATURITY_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/devops-maturity-tools}"

say() { printf 'bootstrap: %s\n' "$*" >&2; }
die() {
  printf 'bootstrap: ERROR: %s\n' "$*" >&2
  return 1
}

# First word after the tool name in `tool --version`, e.g. "trunk 0.21.14" -> 0.21.14.
installed_version() {
  command -v "$1" >/dev/null 2>&1 || return 0
  "$1" --version 2>/dev/null | head -n1 | awk '{print $2}'
}

# The wasm-bindgen version Cargo.lock pins: the CLI must be exactly this one.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$bootstrap_root/Cargo.lock"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"

ensure_rust() {
  case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) export PATH="$CARGO_BIN:$PATH" ;; esac
  command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust with rustup first" || return 1
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown >&2 || return 1
  fi
}

# ensure_cargo_tool BINARY VERSION CRATE [cargo install flags...]
# Installs CRATE@VERSION unless BINARY on PATH already is that version. A binary
# of another version that is not cargo's own would shadow any install, so that
# fails at once, naming it, instead of installing something that cannot be used.
ensure_cargo_tool() {
  local binary="$1" want="$2" crate="$3" found where
  shift 3
  found="$(installed_version "$binary")"
  [ "$found" = "$want" ] && return 0
  where="$(command -v "$binary" || true)"
  if [ -n "$where" ] && [ "$where" != "$CARGO_BIN/$binary" ]; then
    die "$binary at $where is version '$found' but this project needs exactly $want; remove it or put $CARGO_BIN first on PATH"
    return 1
  fi
  say "installing $crate $want"
  cargo install "$crate" --version "$want" "$@" >&2 || return 1
  found="$(installed_version "$binary")"
  [ "$found" = "$want" ] || die "$binary is '$found' after installing $crate $want" || return 1
}

ensure_trunk() {
  # about 11 minutes on 2 cores the first time
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
}

ensure_wasm_bindgen() {
  local want pinned
  want="$(locked_wasm_bindgen_version)"
  [ -n "$want" ] || die "no wasm-bindgen entry in Cargo.lock" || return 1
  pinned="$(awk -F'"' '/^wasm_bindgen *=/ { print $2 }' "$bootstrap_root/Trunk.toml")"
  [ "$pinned" = "$want" ] ||
    die "Trunk.toml pins wasm_bindgen '$pinned' but Cargo.lock has $want: make them equal" ||
    return 1
  # Not --locked: a locked dependency of 0.2.130 has left the index. --force
  # replaces another version that cargo itself installed.
  ensure_cargo_tool wasm-bindgen "$want" wasm-bindgen-cli --force || return 1
  ensure_cargo_tool wasm-bindgen-test-runner "$want" wasm-bindgen-cli --force
}

# ensure_npm_package DIR PACKAGE VERSION
# Installs PACKAGE@VERSION from npm into $DEVOPS_MATURITY_TOOLS/DIR unless that
# exact version is already there.
ensure_npm_package() {
  local dir="$DEVOPS_MATURITY_TOOLS/$1" package="$2" want="$3"
  command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js (apt-get install nodejs npm)" || return 1
  if [ "$(node -p "require('$dir/node_modules/$package/package.json').version" 2>/dev/null)" != "$want" ]; then
    say "installing $package@$want from npm into $dir"
    mkdir -p "$dir" || return 1
    npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "$package@$want" >&2 || return 1
  fi
}

ensure_wasm_opt() {
  local found
  ensure_npm_package binaryen binaryen "$BINARYEN_NPM_VERSION" || return 1
  export PATH="$DEVOPS_MATURITY_TOOLS/binaryen/node_modules/.bin:$PATH"
  # "wasm-opt version 132 (version_132)"
  found="$(wasm-opt --version 2>/dev/null | awk '{print $3}')"
  case "$found" in '' | *[!0-9]*) found=0 ;; esac
  [ "$found" -ge "$BINARYEN_MIN_VERSION" ] ||
    die "wasm-opt on PATH ($(command -v wasm-opt)) is version $found; need >= $BINARYEN_MIN_VERSION (Debian's 108 breaks the app)" ||
    return 1
}

ensure_browsers() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/firefox-esr ]; then
    say "installing chromium, chromium-driver and firefox-esr from Debian"
    as_root apt-get update -qq >&2 || return 1
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      chromium chromium-driver firefox-esr >&2 || return 1
  fi
  # Firefox's WebDriver server, for the offline file's Firefox test.
  ensure_cargo_tool geckodriver "$GECKODRIVER_VERSION" geckodriver --locked || return 1
  # axe-core, injected into pages by the accessibility tests.
  ensure_npm_package axe axe-core "$AXE_CORE_VERSION" || return 1
  export AXE_CORE_JS="$DEVOPS_MATURITY_TOOLS/axe/node_modules/axe-core/axe.min.js"
  local browser driver
  browser="$(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
  driver="$(/usr/bin/chromedriver --version 2>/dev/null | awk '{print $2}')"
  [ "${browser%%.*}" = "${driver%%.*}" ] ||
    die "chromium $browser and chromedriver $driver differ in major version" || return 1
  export CHROMEDRIVER=/usr/bin/chromedriver
}

bootstrap_main() {
  local browsers=0 started=$SECONDS
  for arg in "$@"; do
    case "$arg" in
      --browsers) browsers=1 ;;
      *) die "unknown option $arg" || return 1 ;;
    esac
  done
  ensure_rust || return 1
  ensure_trunk || return 1
  ensure_wasm_bindgen || return 1
  ensure_wasm_opt || return 1
  if [ "$browsers" = 1 ]; then ensure_browsers || return 1; fi
  say "ready in $((SECONDS - started)) s: trunk $(installed_version trunk)," \
    "wasm-bindgen $(installed_version wasm-bindgen)," \
    "wasm-opt $(wasm-opt --version | awk '{print $3}')" \
    "$([ "$browsers" = 1 ] && /usr/bin/chromium --version 2>/dev/null)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  bootstrap_main "$@" || exit 1
else
  bootstrap_main "$@"
fi

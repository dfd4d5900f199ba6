#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there.
# Idempotent: a second run on a ready machine takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
# Must equal the `wasm-bindgen = "=X.Y.Z"` pin in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
: "${WASM_BINDGEN_VERSION:?Cargo.toml must pin wasm-bindgen exactly}"

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v cargo-clippy >/dev/null || ! command -v rustfmt >/dev/null; then
  rustup component add clippy rustfmt
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/opentype/noto ]; then
  say "installing Chromium and ChromeDriver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
fi

if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK_VERSION" ]; then
  say "installing wasm-pack $WASM_PACK_VERSION"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: a dependency pinned in its lock file is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Fuzzing: cargo-fuzz runs on the nightly toolchain.
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  say "installing the nightly toolchain (for cargo fuzz)"
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

# The build's own tools (tools/: binaryen's wasm-opt from npm, as Debian's
# binaryen emits wasm that fails at load time), then the end-to-end tests' packages.
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ tools/package-lock.json -nt tools/node_modules/.stamp ]; then
  say "installing the build tools"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.stamp)
fi
if [ ! -d tests/e2e/node_modules/playwright-core ] \
   || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.stamp ]; then
  say "installing the end-to-end test packages"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.stamp)
fi
if [ ! -d tests/hosts/node_modules/vite ] \
   || [ tests/hosts/package-lock.json -nt tests/hosts/node_modules/.stamp ]; then
  say "installing the host pages' packages (Vite, esbuild, React, Vue, Bootstrap, TypeScript)"
  (cd tests/hosts && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.stamp)
fi

# The other engines, over WebDriver: Firefox ESR (geckodriver) and WebKitGTK
# (WebKitWebDriver and its MiniBrowser, under Xvfb).
if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/xvfb-run ]; then
  say "installing Firefox ESR, WebKitGTK's WebDriver and Xvfb"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb xauth >/dev/null
fi
# PDFs' text for `rmp import RMP.pdf` (poppler's pdftotext).
if ! command -v pdftotext >/dev/null; then
  say "installing poppler-utils (pdftotext)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq poppler-utils >/dev/null
fi
if ! command -v geckodriver >/dev/null; then
  say "installing geckodriver"
  cargo install geckodriver --locked
fi
say "ready"

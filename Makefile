# The front door. Every target installs what is missing first (scripts/setup.sh, idempotent).
PORT ?= 8080
SHELL := /bin/bash

.PHONY: setup test test-native test-wasm test-e2e test-sizes test-fuzz test-engines test-element fuzz fuzz-corpus lint build serve dist package hosts bench clean screenshots sizes

setup:
	@bash scripts/setup.sh

## make test — every test: lint, native, wasm in headless Chromium, end-to-end in a real browser, short fuzzing runs.
test: setup lint test-element test-native test-wasm test-e2e test-engines test-sizes test-fuzz

lint: setup
	cargo fmt --all -- --check
	node scripts/cycles.mjs
	cargo clippy --all-targets -- -D warnings
	cargo clippy -p rmp-viewer -p rmp-model -p rmp-view-model -p rmp-dom -p rmp-attach --lib --tests --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p rmp-viewer --features portal --lib --tests --target wasm32-unknown-unknown -- -D warnings

test-native: setup
	cargo test

test-wasm: setup
	CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_ONLY_WEB=1 \
	  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test -p rmp-viewer --target wasm32-unknown-unknown --test browser

## make test-sizes — the size budgets; where still over, a ceiling the bundle must not grow past.
test-sizes: dist
	node scripts/sizes.mjs --guard

## make test-fuzz — each fuzz target for FUZZ_SECONDS (60) from a fixed seed (the same code tries the
## same inputs, so a failure reproduces; changed code steers it elsewhere); `make fuzz FUZZ_SECONDS=3600`
## explores from a new seed each time.
test-fuzz: setup
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} FUZZ_SEED=$${FUZZ_SEED:-1} bash scripts/fuzz.sh
fuzz: setup
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} bash scripts/fuzz.sh

## make fuzz-corpus — folds target/fuzz-corpus/ into the kept corpus fuzz/corpus/: minimised (cargo fuzz cmin),
## inputs up to 3 KB (the large ones are variants of the seeds).
fuzz-corpus: setup
	for t in open view_model; do \
	  mkdir -p fuzz/corpus/$$t && cp -n target/fuzz-corpus/$$t/* fuzz/corpus/$$t/ 2>/dev/null; \
	  cargo +nightly fuzz cmin --fuzz-dir fuzz $$t fuzz/corpus/$$t; \
	  find fuzz/corpus/$$t -type f -size +3k -delete; \
	done

## make test-element — the element's reference (docs/element.md) and its types agree with its JSDoc.
test-element:
	node scripts/manifest.mjs --check

## make test-e2e — the end-to-end specs (tests/e2e/*.spec.mjs) on @playwright/test in the system's Chromium,
## the host pages (tests/hosts/) among them; E2E_ARGS to pass it more (a spec's name, --grep "words", --workers 1).
test-e2e: hosts
	cd tests/e2e && node_modules/.bin/playwright test $(E2E_ARGS)

## make build — the viewer: wasm + JS glue in www/pkg/ (and the portal build, the layer a drawn page attaches, the importer).
build: setup
	bash scripts/build.sh

## make serve — build, then serve the viewer with the default RMP on http://127.0.0.1:$(PORT)/
serve: build
	python3 scripts/serve.py --port $(PORT)

## make dist — the offline bundle in dist/.
dist: build
	node scripts/dist.mjs

## make package — the npm package, dist/rmp-viewer-<version>.tgz (element, mount(), wasm, types, custom-elements.json).
package: dist
	node scripts/package.mjs

## make hosts — the host pages in tests/hosts/out/: the package installed from its tarball, tsc --strict, Vite and esbuild builds.
hosts: package
	node tests/hosts/build.mjs

## make test-engines — the element's lifecycle, the pages and the hosts in Firefox ESR and WebKitGTK over WebDriver (ENGINES="firefox" for one, CHECKS=regex for some).
test-engines: hosts
	node tests/engines/run.mjs $(ENGINES)

## make bench — the performance report: sizes, then time to content, interactions, memory and growth
## (docs/benchmark.md, docs/benchmark.json and the table in docs/performance.md; BENCH_RUNS=10 runs per figure).
bench: dist
	node scripts/sizes.mjs --report
	cargo build -q --bin rmp
	node bench/bench.mjs

clean:
	rm -rf target www/pkg www/attach-pkg www/portal-pkg www/import-pkg www/pdfjs dist

## make screenshots — renews docs/screenshots/ from the built page.
screenshots: build
	node tests/e2e/readme-shots.mjs

## make sizes — gzip sizes of dist/ against the budgets (exit 1 when over).
sizes: dist
	node scripts/sizes.mjs

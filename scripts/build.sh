#!/usr/bin/env bash
# Builds the viewer: wasm-pack (release, web target) into www/pkg/, then
# binaryen's wasm-opt (-Oz, see below) from npm (Debian's binaryen emits broken wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
# --package: the viewer alone. Without it cargo builds every member of the workspace
# for the web, and wasm-pack, which takes the last artifact cargo reports, sometimes
# takes another crate's.
wasm-pack build . --release --target web --no-typescript --no-pack --out-dir www/pkg --out-name rmp_viewer -- --package rmp-viewer >&2
# The portal build: the viewer with the catalog and the comparison of versions, started
# by the loaders for `catalog` and `base` only, so that a page of one RMP does not carry them.
wasm-pack build . --release --target web --no-typescript --no-pack --out-dir www/portal-pkg --out-name rmp_viewer -- --package rmp-viewer --features portal >&2
# What a page drawn ahead of time (`rmp render`) loads instead of the viewer: its
# search attached to the drawn markup, without Leptos (the viewer comes when needed).
wasm-pack build crates/attach --release --target web --no-typescript --no-pack --out-dir ../../www/attach-pkg --out-name rmp_attach -- --package rmp-attach >&2
# The importer, for the import page only: a module of its own, so the viewer's wasm does not carry it.
wasm-pack build crates/import-web --release --target web --no-typescript --no-pack --out-dir ../../www/import-pkg --out-name rmp_import -- --package rmp-import-web >&2
# pdf.js for the import page only (a dropped PDF's text): its legacy build (the
# engines a portal's readers have), its worker, and the CMaps and standard fonts
# a PDF's Japanese and base fonts need, served beside the page so that it works offline.
pdfjs=tools/node_modules/pdfjs-dist
rm -rf www/pdfjs && mkdir -p www/pdfjs
cp "$pdfjs/legacy/build/pdf.min.mjs" "$pdfjs/legacy/build/pdf.worker.min.mjs" "$pdfjs/LICENSE" www/pdfjs/
cp -r "$pdfjs/cmaps" "$pdfjs/standard_fonts" www/pdfjs/
# The default document beside the loaders (the wasm does not carry it).
mkdir -p www/data && cp data/lunsumio.json www/data/lunsumio.json
for wasm in www/pkg/rmp_viewer_bg.wasm www/attach-pkg/rmp_attach_bg.wasm www/portal-pkg/rmp_viewer_bg.wasm www/import-pkg/rmp_import_bg.wasm; do
  # -Oz, then the control flow flattened and rebuilt (--flatten --rereloop) and
  # -Oz twice more: 6 KB gzip less on the viewer's wasm, about a minute more.
  tools/node_modules/.bin/wasm-opt -Oz --flatten --rereloop -Oz -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --strip-debug --strip-producers "$wasm" -o "$wasm.opt"
  mv "$wasm.opt" "$wasm"
  rm -f "$(dirname "$wasm")"/{.gitignore,package.json,README.md}
  printf '[build] %s: %s bytes, %s gzip\n' "$wasm" "$(stat -c %s "$wasm")" "$(gzip -9c "$wasm" | wc -c)"
done

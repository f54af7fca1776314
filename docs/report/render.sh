#!/bin/sh
# Regenerates the sample report and its page images in this folder:
# the interview sample against 20 synthetic peers, with its trend (see
# src-tauri/crates/report/examples/sample_report.rs). Needs poppler-utils; ImageMagick,
# when present, makes the PNGs palette images (a quarter of the size).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
cargo run -q --release -p mizan-report --example sample_report -- "$here/sample-report.pdf"
cargo run -q --release -p mizan-report --example sample_report -- "$here/sample-partial.pdf" a4 partial
rm -f "$here"/page-*.png "$here"/partial-*.png
pdftoppm -png -r 60 "$here/sample-report.pdf" "$here/page"
for p in 2 6 8; do pdftoppm -png -r 60 -f $p -l $p "$here/sample-partial.pdf" "$here/partial"; done
if command -v convert >/dev/null 2>&1; then
  for f in "$here"/page-*.png "$here"/partial-*.png; do
    convert "$f" -dither None -colors 48 "PNG8:$f"
  done
fi
ls "$here"

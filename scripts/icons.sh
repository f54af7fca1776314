#!/usr/bin/env bash
# Regenerates src-tauri/icons/ (RGBA PNGs) from a drawing, so the icon needs no design tool:
# a deep-teal rounded square with a white balance scale (mizan = balance).
# Needs ImageMagick 6 (`convert`); run from anywhere: scripts/icons.sh
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src-tauri/icons"
mkdir -p "$out"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
convert -size 1024x1024 xc:none \
  -fill '#0f5e63' -draw "roundrectangle 64,64 960,960 180,180" \
  -stroke white -fill none -strokewidth 44 \
  -draw "stroke-linecap round line 512,250 512,760" \
  -draw "stroke-linecap round line 250,330 774,330" \
  -strokewidth 20 \
  -draw "stroke-linecap round line 250,330 170,560" -draw "stroke-linecap round line 250,330 330,560" \
  -draw "stroke-linecap round line 774,330 694,560" -draw "stroke-linecap round line 774,330 854,560" \
  -stroke none -fill white \
  -draw "path 'M 140,560 L 360,560 A 110,95 0 0 1 140,560 Z'" \
  -draw "path 'M 664,560 L 884,560 A 110,95 0 0 1 664,560 Z'" \
  -draw "roundrectangle 372,740 652,805 26,26" \
  -draw "circle 512,250 512,212" \
  "PNG32:$tmp/master.png"
for spec in 32x32:32x32.png 128x128:128x128.png 256x256:128x128@2x.png 512x512:icon.png; do
  size="${spec%%:*}"; name="${spec#*:}"
  # PNG32: Tauri requires RGBA icons and refuses palette or RGB files at build time.
  convert "$tmp/master.png" -filter Lanczos -resize "$size" -strip "PNG32:$out/$name"
  echo "icons: wrote $out/$name ($size)"
done

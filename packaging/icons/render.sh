#!/usr/bin/env bash
# Renders the hicolor PNG sizes from the SVG icon (resources/icons/tenant-cockpit.svg) into this
# folder. The PNGs are committed; run this after changing the SVG. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/tenant-cockpit.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$here/tenant-cockpit-$size.png"
done

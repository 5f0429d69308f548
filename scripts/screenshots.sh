#!/usr/bin/env bash
# Renders the documentation's screenshots into docs/screenshots/ from a fresh demo office:
# builds tc_screenshots and cockpitctl (dev preset), writes a demo database with 2000 tenants and
# runs the tool on a virtual X server (xvfb-run), so it works on a headless machine too.
# Usage: scripts/screenshots.sh            (needs: scripts/install-deps.sh build run test)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out="$root/docs/screenshots"

command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (scripts/install-deps.sh test)" >&2; exit 1; }

cmake --preset dev >/dev/null
cmake --build --preset dev --target tc_screenshots cockpitctl

tmp=$(mktemp -d /tmp/tc-screenshots.XXXXXX)
# The database the pictures show (in the status bar and the About box) has a fixed, plain name,
# so that the screenshots only change when the program does.
office=/tmp/muster-immobilien
rm -rf "$office"
mkdir -p "$office"
trap 'rm -rf "$tmp" "$office"' EXIT

build/dev/app/cockpitctl --db "sqlite:$office/cockpit.db" init --company "Muster Immobilien AG" --demo 2000

mkdir -p "$out" "$tmp/runtime"
chmod 700 "$tmp/runtime"
# A clean, reproducible look: the Fusion style, the default palette, no user settings.
env -u QT_QPA_PLATFORM -u QT_STYLE_OVERRIDE -u QT_SCALE_FACTOR QT_QPA_PLATFORM=xcb \
  XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime" \
  xvfb-run -a -s "-screen 0 1400x900x24" \
  build/dev/tests/ui/tc_screenshots -style Fusion --db "sqlite:$office/cockpit.db" --out "$out"

echo "screenshots: written to ${out#"$root"/}/"
ls -l "$out"

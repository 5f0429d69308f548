#!/usr/bin/env bash
# Renders the documentation's screenshots into docs/screenshots/ (English), de/ (German), dark/
# (the dark appearance) and scale-200/ (QT_SCALE_FACTOR=2) from fresh demo offices:
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
trap 'rm -rf "$tmp" "$office"' EXIT
mkdir -p "$tmp/runtime"
chmod 700 "$tmp/runtime"

# shoot DIR [SCALE] [tc_screenshots options...]: a fresh demo office (the pictures import into it),
# then the pictures. A clean, reproducible look: the Fusion style, no user settings.
shoot() {
  local dir=$1 scale=$2
  shift 2
  rm -rf "$office" "$tmp/config" "$tmp/data"
  mkdir -p "$office" "$dir"
  build/dev/app/cockpitctl --db "sqlite:$office/cockpit.db" init --company "Muster Immobilien AG" --demo 2000 > /dev/null
  env -u QT_QPA_PLATFORM -u QT_STYLE_OVERRIDE -u QT_SCALE_FACTOR -u LANGUAGE -u LC_ALL -u LC_MESSAGES \
    LANG=C.UTF-8 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR="$scale" \
    XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime" \
    xvfb-run -a -s "-screen 0 2800x1800x24" \
    build/dev/tests/ui/tc_screenshots -style Fusion --db "sqlite:$office/cockpit.db" --out "$dir" "$@"
}

shoot "$out" 1
# The German user guide's pictures.
shoot "$out/de" 1 --language de
# The dark appearance (File > Preferences) and 200 % scaling, on the busiest windows.
shoot "$out/dark" 1 --appearance dark --only main-window-tenants,issues,tenant-detail,pinboard,pinboard-post,preferences
shoot "$out/scale-200" 2 --only main-window-tenants,issues,new-ticket,tenant-detail

echo "screenshots: written to ${out#"$root"/}/"
ls -l "$out"

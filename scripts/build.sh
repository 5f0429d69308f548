#!/usr/bin/env bash
# Configures (once) and builds one CMake preset: scripts/build.sh [dev|asan|release] [cmake --build args...]
# Quiet when everything is up to date.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
shift || true
if [ ! -f "build/$preset/build.ninja" ]; then
  log=$(mktemp)
  cmake --preset "$preset" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }
  rm -f "$log"
fi
out=$(cmake --build --preset "$preset" "$@" 2>&1) || { printf '%s\n' "$out" >&2; exit 1; }
printf '%s\n' "$out" | grep -vE '^\[[0-9]+/[0-9]+\]|^ninja: no work to do' || true

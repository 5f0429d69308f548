#!/usr/bin/env bash
# Configures (once) and builds one CMake preset: scripts/build.sh [dev|asan|release] [cmake --build args...]
# Quiet when everything is up to date; says when it builds.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
shift || true
if [ ! -f "build/$preset/build.ninja" ]; then
  log=$(mktemp)
  cmake --preset "$preset" >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }
  rm -f "$log"
fi
# A build with work to do says so first: the compiler's output comes only at the end, and a first
# build takes minutes.
if ! cmake --build --preset "$preset" "$@" -- -n 2>/dev/null | grep -q '^ninja: no work to do'; then
  echo "build: building the $preset preset (a first build takes several minutes) ..." >&2
fi
out=$(cmake --build --preset "$preset" "$@" 2>&1) || { printf '%s\n' "$out" >&2; exit 1; }
printf '%s\n' "$out" | grep -vE '^\[[0-9]+/[0-9]+\]|^ninja: no work to do' || true

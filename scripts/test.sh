#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds, and runs the whole test suite.
# The tests start their own PostgreSQL server (tests/support/pg-server.sh) on 127.0.0.1 and stop it.
# After the tests pass, the CSV reader is fuzzed for a minute (scripts/fuzz.sh; TC_FUZZ_SECONDS=N
# changes the time, 0 skips it). The exit code is non-zero when either fails.
# Usage: scripts/test.sh [dev|asan|release] [extra ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
shift || true
scripts/install-deps.sh build run test package
scripts/build.sh "$preset"
ctest_status=0
ctest --preset "$preset" "$@" || ctest_status=$?
[ "$ctest_status" -eq 0 ] || exit "$ctest_status"
fuzz_seconds=${TC_FUZZ_SECONDS:-60}
[ "$fuzz_seconds" = 0 ] || scripts/fuzz.sh "$fuzz_seconds"

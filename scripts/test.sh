#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds, and runs the whole test suite.
# The tests start their own PostgreSQL server (tests/support/pg-server.sh) on 127.0.0.1 and stop it.
# Usage: scripts/test.sh [dev|asan|release] [extra ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
shift || true
scripts/install-deps.sh build run test
scripts/build.sh "$preset"
exec ctest --preset "$preset" "$@"

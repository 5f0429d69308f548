#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, and starts Tenant Cockpit.
# On the first start it asks where the data lives; the default is a local file in your data
# directory (~/.local/share/tenant-cockpit/cockpit.db), filled with demo tenants.
# Extra arguments go to tenant-cockpit (for example --db URL).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build run
# Only the two programs: the tests and benchmarks wait for scripts/test.sh.
scripts/build.sh dev --target tenant-cockpit cockpitctl
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: run this in a desktop session, or under xvfb-run." >&2
  exit 1
fi
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  # Outside a desktop login there is no runtime folder; Qt wants a private one.
  XDG_RUNTIME_DIR=$(mktemp -d)
  export XDG_RUNTIME_DIR
fi
exec build/dev/app/tenant-cockpit "$@"

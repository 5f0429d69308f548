#!/usr/bin/env bash
# Builds the Debian package from a release build and checks it (lintian, desktop entry, AppStream):
#   scripts/package.sh            -> build/release/package/tenant-cockpit_VERSION_amd64.deb
#   scripts/package.sh --install-test   also installs it on a fresh Debian 12 root (needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build run package
scripts/build.sh release
rm -rf build/release/package
(cd build/release && cpack --config CPackConfig.cmake -B package > /dev/null)
deb=$(ls build/release/package/tenant-cockpit_*_amd64.deb)
tests/package/check-package.sh "$deb"
if [ "${1:-}" = "--install-test" ]; then
  tests/package/install-test.sh "$deb" build/release/package-root
fi
echo "$deb"

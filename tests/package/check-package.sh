#!/usr/bin/env bash
# The Debian package as lintian sees it (no error, no warning), its desktop entry
# (desktop-file-validate) and AppStream metainfo (appstreamcli validate), and the dependencies
# dpkg-shlibdeps cannot see. Usage: check-package.sh DEB
set -euo pipefail
deb=$1
[ -f "$deb" ] || { echo "check-package: no package at $deb" >&2; exit 1; }
status=0
fail() { echo "check-package: FAIL: $*" >&2; status=1; }

# lintian refuses to run as root without --allow-root.
allow=()
[ "$(id -u)" -ne 0 ] || allow=(--allow-root)
if ! lintian "${allow[@]}" --fail-on error,warning --display-level ">=warning" "$deb"; then
  fail "lintian reports errors or warnings"
fi

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6keychain1 libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6 libsecret-1-0; do
  echo "$depends" | grep -q "\b$dep\b" || fail "Depends lacks $dep: $depends"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
desktop=$(find "$tmp/usr/share/applications" -name '*.desktop')
[ -n "$desktop" ] || fail "no desktop entry"
for d in $desktop; do
  out=$(desktop-file-validate "$d" 2>&1) || fail "desktop-file-validate $(basename "$d"): $out"
  [ -z "$out" ] || fail "desktop-file-validate $(basename "$d"): $out"
done
metainfo=$(find "$tmp/usr/share/metainfo" -name '*.metainfo.xml')
[ -n "$metainfo" ] || fail "no AppStream metainfo"
for m in $metainfo; do
  # --no-net: this machine reaches no web site (the metainfo names none anyway).
  out=$(appstreamcli validate --no-net "$m" 2>&1) || fail "appstreamcli validate $(basename "$m"): $out"
  if echo "$out" | grep -qE '^(E|W):'; then fail "appstreamcli validate $(basename "$m"): $out"; fi
done
for size in 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable; do
  ls "$tmp/usr/share/icons/hicolor/$size/apps/tenant-cockpit".* > /dev/null 2>&1 || fail "no $size icon"
done
[ $status -eq 0 ] && echo "check-package: $(basename "$deb"): lintian, desktop entry, metainfo, icons and dependencies ok"
exit $status

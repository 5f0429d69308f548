#!/usr/bin/env bash
# Installs the Debian package on a fresh Debian 12 root (debootstrap, minbase) with apt, as an office
# would, and starts both programs from it: cockpitctl version, a demo office, the GUI offscreen in
# German (its first frame with rows), Qt's and our German strings, the installed files.
# Usage: install-test.sh DEB WORKDIR
# Needs root (debootstrap and chroot) and the Debian mirror the host uses. The minbase root is kept
# as WORKDIR/bookworm-minbase.tar between runs on one machine (it never holds the package).
set -euo pipefail
deb=$(readlink -f "$1")
work=$2
[ -f "$deb" ] || { echo "install-test: no package at $1" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "install-test: needs root for debootstrap and chroot" >&2; exit 1; }
command -v debootstrap > /dev/null || { echo "install-test: debootstrap is missing (scripts/install-deps.sh package)" >&2; exit 1; }

mkdir -p "$work"
work=$(readlink -f "$work")
root=$work/root
cache=$work/bookworm-minbase.tar
cleanup() {
  mountpoint -q "$root/proc" && umount "$root/proc" || true
}
trap cleanup EXIT
cleanup
rm -rf "$root"
mkdir -p "$root"

# The mirror and suites the host installs from (its security updates included), so that the versions
# dpkg-shlibdeps wrote into Depends exist for the fresh root too.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
if [ -f "$cache" ]; then
  tar -C "$root" -xf "$cache"
else
  echo "install-test: debootstrap bookworm (minbase) from $mirror" >&2
  debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  tar -C "$root" -cf "$cache.part" . && mv "$cache.part" "$cache"
fi
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  rm -f "$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }
fail() { echo "install-test: FAIL: $*" >&2; exit 1; }

cp "$deb" "$root/tmp/"
in_root apt-get update -qq > /dev/null
in_root DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" > "$work/apt.log" 2>&1 \
  || { tail -30 "$work/apt.log" >&2; fail "apt-get install of the package"; }
echo "install-test: installed $(basename "$deb") and its dependencies" >&2

# What the package put in place.
for f in /usr/bin/tenant-cockpit /usr/bin/cockpitctl \
         /usr/share/applications/example.tenant_cockpit.TenantCockpit.desktop \
         /usr/share/metainfo/example.tenant_cockpit.TenantCockpit.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/tenant-cockpit.svg \
         /usr/share/icons/hicolor/48x48/apps/tenant-cockpit.png \
         /usr/share/man/man1/cockpitctl.1.gz /usr/share/man/man1/tenant-cockpit.1.gz \
         /usr/share/doc/tenant-cockpit/copyright /usr/share/doc/tenant-cockpit/changelog.gz; do
  [ -e "$root$f" ] || fail "$f is not installed"
done

# cockpitctl from the package.
version=$(in_root cockpitctl version) || fail "cockpitctl version exited $?"
package_version=$(dpkg-deb -f "$deb" Version)
echo "$version" | grep -q "^cockpitctl $package_version " || fail "cockpitctl version printed: $version (package $package_version)"
echo "install-test: cockpitctl version: $(echo "$version" | head -1)" >&2
in_root HOME=/tmp/office cockpitctl --db sqlite:/tmp/office/cockpit.db init --demo 40 > "$work/init.log" 2>&1 \
  || { cat "$work/init.log" >&2; fail "cockpitctl init --demo 40"; }

# German, as a Swiss German office's desktop would start it: Qt's own words (qt6-translations-l10n,
# recommended) and ours.
de=(LANG=de_CH.UTF-8 LANGUAGE=de_CH:de)
help=$(in_root "${de[@]}" QT_QPA_PLATFORM=offscreen tenant-cockpit --help 2>&1) || true
ts="$(dirname "$0")/../../translations/tenant-cockpit_de.ts"
ours=$(/usr/bin/python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for m in ET.parse(sys.argv[1]).getroot().iter('message'):
    if m.findtext('source') == "Tenant Cockpit: the property-management office's desk for talking to tenants.":
        print(m.findtext('translation')); break
PY
)
[ -n "$ours" ] || fail "no German translation of the program's description in the .ts file"
echo "$help" | grep -qF "$ours" || fail "tenant-cockpit --help is not German: $help"
echo "$help" | grep -q "^Aufruf:" || fail "Qt's own strings are not German (qtbase_de): $help"
err=$(in_root "${de[@]}" cockpitctl no-such-command 2>&1 >/dev/null) && fail "cockpitctl no-such-command succeeded"
echo "$err" | grep -q "no-such-command" || fail "cockpitctl's refusal: $err"
if echo "$err" | grep -q "Unknown command"; then fail "cockpitctl speaks English under de_CH: $err"; fi

# The GUI, offscreen, on the demo office: up to its first frame with rows, in German.
probe=$(in_root "${de[@]}" HOME=/tmp/office QT_QPA_PLATFORM=offscreen timeout 60 \
          tenant-cockpit --db sqlite:/tmp/office/cockpit.db --startup-probe 2>&1) \
  || fail "tenant-cockpit --startup-probe: $probe"
echo "$probe" | grep -q "^first-frame-ms [0-9]" || fail "tenant-cockpit showed no first frame: $probe"
file_menu=$(/usr/bin/python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for c in ET.parse(sys.argv[1]).getroot().iter('context'):
    if c.findtext('name') == 'tc::MainWindow':
        for m in c.iter('message'):
            if m.findtext('source') == '&File':
                print(m.findtext('translation'))
PY
)
[ -n "$file_menu" ] || fail "no German File menu in the .ts file"
echo "$probe" | grep "^menus " | grep -qF "$file_menu" || fail "the window's menus are not German ($file_menu): $probe"
echo "install-test: tenant-cockpit (offscreen, de_CH): $probe" >&2
echo "install-test: ok" >&2

#!/usr/bin/env bash
# Installs the Debian 12 packages Tenant Cockpit needs that are not yet on this machine.
# Usage: scripts/install-deps.sh [build|run|test|bench|package]...   (default: build run)
# Quiet and quick when nothing is missing; uses sudo when not root.
set -euo pipefail

build_pkgs=(
  cmake ninja-build ccache g++ pkg-config libsqlite3-dev libpq-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev libzip-dev libphonenumber-dev libssl-dev
  libsodium-dev
)
# QtKeychain loads libsecret-1-0 at run time (its package does not depend on it); without it there
# is no keychain on GNOME-like desktops.
run_pkgs=(
  qt6-translations-l10n fonts-dejavu-core qt6-qpa-plugins libqt6svg6 libzip4 libphonenumber8 libssl3 libsecret-1-0 libsodium23
)
# gnome-keyring, dbus-* and libsecret-tools: tests/support/keyring-session.sh and tst_secretstore;
# spamassassin: tests/support/spam_score.sh.
test_pkgs=(
  postgresql xvfb xauth sqlite3 openssl clang libclang-rt-14-dev python3 python3-aiosmtpd
  gnome-keyring dbus-daemon dbus-bin libsecret-tools spamassassin
)
# postfix: only for its smtp-sink and smtp-source, the mail benchmark's server and baseline
# (scripts/bench.sh mail). Installed as "No configuration", so that it never becomes this
# machine's mail server.
bench_pkgs=(
  postfix
)

# The Debian package and its checks (tests/package): cpack's dependency scan, lintian, the desktop
# entry's and AppStream's validators, a fresh Debian root for the install test, man page rendering.
package_pkgs=(
  dpkg-dev lintian appstream desktop-file-utils debootstrap groff-base man-db bsdextrautils
)

wanted=()
[ $# -eq 0 ] && set -- build run
for group in "$@"; do
  case "$group" in
    build) wanted+=("${build_pkgs[@]}") ;;
    run) wanted+=("${run_pkgs[@]}") ;;
    test) wanted+=("${test_pkgs[@]}") ;;
    bench) wanted+=("${bench_pkgs[@]}") ;;
    package) wanted+=("${package_pkgs[@]}") ;;
    *) echo "install-deps: unknown group '$group' (build, run, test, bench, package)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
if [[ " ${missing[*]} " == *" postfix "* ]]; then
  # Postfix would replace a mail server already installed (exim4, ...): that is the owner's call.
  if [ -e /usr/sbin/sendmail ]; then
    echo "install-deps: postfix (for smtp-sink/smtp-source) would replace this machine's mail server" \
         "($(readlink -f /usr/sbin/sendmail)); install it yourself if that is fine" >&2
    exit 1
  fi
  echo "postfix postfix/main_mailer_type select No configuration" | "${sudo[@]}" debconf-set-selections
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet; refresh them once, quietly.
"${sudo[@]}" apt-get update -qq >/dev/null
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

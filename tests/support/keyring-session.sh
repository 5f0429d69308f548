#!/usr/bin/env bash
# Runs a command against a real, throw-away GNOME keyring: a private D-Bus session bus, HOME and
# XDG_RUNTIME_DIR in a fresh temp dir (so no one's own keyring is read or written), and a
# gnome-keyring-daemon whose login keyring is created and unlocked with an empty password.
# The daemon is stopped by its PID and the temp dir removed afterwards; the command's exit code is
# the script's.
#   keyring-session.sh COMMAND [ARGS...]
# Inside, TC_KEYRING_SESSION=1 tells a test that the keyring it sees is a throw-away one.
set -euo pipefail

if [ "${1:-}" != "--inside-bus" ]; then
  [ $# -gt 0 ] || { echo "usage: keyring-session.sh COMMAND [ARGS...]" >&2; exit 2; }
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || {
      echo "keyring-session: $tool not found (apt-get install dbus-bin dbus-daemon gnome-keyring)" >&2
      exit 1
    }
  done
  tmp=$(mktemp -d /tmp/tc-keyring.XXXXXX)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -m 700 "$tmp/home" "$tmp/runtime"
  # XDG_DATA_HOME is where the keyring file goes; the config/cache dirs keep GLib away from $HOME.
  status=0
  env HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/.local/share" \
    XDG_CONFIG_HOME="$tmp/home/.config" XDG_CACHE_HOME="$tmp/home/.cache" \
    dbus-run-session -- "$0" --inside-bus "$@" || status=$?
  exit "$status"
fi
shift

# Inside the private bus. One empty line on stdin is the (empty) password: with no bytes at all
# the daemon creates no login keyring and every store fails later with a puzzling error.
# --foreground keeps the daemon our child, so $! is its PID and nothing is left running.
echo "" | gnome-keyring-daemon --foreground --unlock --components=secrets >"$XDG_RUNTIME_DIR/keyring.log" 2>&1 &
daemon=$!
stop_daemon() {
  kill "$daemon" 2>/dev/null || true
  wait "$daemon" 2>/dev/null || true
}
trap stop_daemon EXIT

# The daemon claims org.freedesktop.secrets on the bus once it is ready; wait for that (a few
# hundred milliseconds) instead of racing it, but never longer than 10 s.
ready=false
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    ready=true
    break
  fi
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.1
done
if ! $ready; then
  echo "keyring-session: gnome-keyring-daemon did not start:" >&2
  cat "$XDG_RUNTIME_DIR/keyring.log" >&2
  exit 1
fi

status=0
TC_KEYRING_SESSION=1 "$@" || status=$?
exit "$status"

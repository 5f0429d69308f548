#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the tests: initdb in a temp dir, its own port
# on 127.0.0.1 (and 127.0.0.2, a second name for TLS tests), trust authentication for the postgres
# administrator and SCRAM passwords for every other role, TLS with a self-signed certificate for localhost and
# 127.0.0.1, stopped by its PID.
#   pg-server.sh start STATE_DIR   writes STATE_DIR/url (admin URL), STATE_DIR/ca.crt (the
#                                  certificate to trust), STATE_DIR/pid, STATE_DIR/datadir
#   pg-server.sh stop STATE_DIR
set -euo pipefail
cmd=${1:?usage: pg-server.sh start|stop STATE_DIR}
state=${2:?usage: pg-server.sh start|stop STATE_DIR}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "pg-server: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

case "$cmd" in
start)
  mkdir -p "$state"
  if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
    exit 0 # already running for this build tree
  fi
  base=$(mktemp -d /tmp/tc-pg.XXXXXX)
  chmod 755 "$base"
  [ "$(id -u)" -eq 0 ] && chown postgres "$base"
  as_pg "$bindir/initdb" -D "$base/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
    || { cat "$base/initdb.log" >&2; exit 1; }
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
    -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
    -keyout "$base/data/server.key" -out "$base/data/server.crt" >/dev/null 2>&1 \
    || { echo "pg-server: openssl could not make a test certificate" >&2; exit 1; }
  chmod 600 "$base/data/server.key"
  # The tests' administrator comes in without a password; every other role (the agents' own) only
  # with its SCRAM password, as on an office's server.
  cat >"$base/data/pg_hba.conf" <<'HBA'
local all postgres trust
host  all postgres 127.0.0.1/32 trust
host  all postgres 127.0.0.2/32 trust
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
host  all all 127.0.0.2/32 scram-sha-256
HBA
  [ "$(id -u)" -eq 0 ] && chown postgres "$base/data/pg_hba.conf"
  [ "$(id -u)" -eq 0 ] && chown postgres "$base/data/server.key" "$base/data/server.crt"
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 30000))
    if as_pg "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 30 \
         -o "-p $port -k $base -c listen_addresses=127.0.0.1,127.0.0.2 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c ssl=on" \
         start >/dev/null 2>&1; then
      head -n 1 "$base/data/postmaster.pid" >"$state/pid"
      echo "$base" >"$state/datadir"
      cp "$base/data/server.crt" "$state/ca.crt"
      echo "postgresql://postgres@127.0.0.1:$port/postgres?sslmode=disable" >"$state/url"
      exit 0
    fi
  done
  echo "pg-server: could not start PostgreSQL:" >&2
  cat "$base/server.log" >&2 || true
  exit 1
  ;;
stop)
  [ -f "$state/pid" ] || exit 0
  pid=$(cat "$state/pid")
  base=$(cat "$state/datadir" 2>/dev/null || true)
  if kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid" # fast shutdown: disconnect clients, stop cleanly
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  case "$base" in /tmp/tc-pg.*) rm -rf "$base" ;; esac
  rm -f "$state/pid" "$state/url" "$state/datadir" "$state/ca.crt"
  ;;
*)
  echo "usage: pg-server.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Starts or stops Postfix's smtp-sink, the fast SMTP server that accepts everything and keeps
# nothing (no -d: it writes no message to disk, so the disk does not time the benchmark), on a free
# port of 127.0.0.1. It announces PIPELINING, needs no login and speaks no TLS. Stopped by its PID.
#   smtp-sink.sh start STATE_DIR   writes STATE_DIR/port, STATE_DIR/pid and STATE_DIR/sink.log
#   smtp-sink.sh stop STATE_DIR
# Exit code 3 at start: smtp-sink is not installed (apt-get install postfix, or
# scripts/install-deps.sh bench).
set -euo pipefail
cmd=${1:?usage: smtp-sink.sh start|stop STATE_DIR}
state=${2:?usage: smtp-sink.sh start|stop STATE_DIR}
sink=/usr/sbin/smtp-sink

stop_sink() {
  [ -f "$state/pid" ] || return 0
  local pid
  pid=$(cat "$state/pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$state/pid" "$state/port"
}

case "$cmd" in
start)
  [ -x "$sink" ] || { echo "smtp-sink.sh: $sink is missing (apt-get install postfix, or scripts/install-deps.sh bench)" >&2; exit 3; }
  mkdir -p "$state"
  stop_sink
  # As root smtp-sink insists on dropping its privileges after binding.
  user=()
  [ "$(id -u)" -eq 0 ] && user=(-u nobody)
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 30000))
    ss -Hltn "sport = :$port" 2>/dev/null | grep -q . && continue
    # 100: the listen backlog. Its output goes to a file: an open pipe would keep ctest waiting.
    "$sink" "${user[@]}" "127.0.0.1:$port" 100 </dev/null >"$state/sink.log" 2>&1 &
    pid=$!
    echo "$pid" >"$state/pid"
    # It binds at once and exits at once when the port is taken; then it must accept a connection.
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "$port" >"$state/port"
        exit 0
      fi
      sleep 0.1
    done
    stop_sink
  done
  echo "smtp-sink.sh: could not start smtp-sink:" >&2
  cat "$state/sink.log" >&2 || true
  exit 1
  ;;
stop)
  stop_sink
  ;;
*)
  echo "usage: smtp-sink.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac

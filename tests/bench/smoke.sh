#!/usr/bin/env bash
# bench_smoke: runs the benchmarks once on a tiny database so their code keeps working. Judges no
# budget (it runs in debug and sanitizer builds too); fails only when a benchmark fails.
# Usage: smoke.sh TC_BENCH_DEMO TC_BENCH_STARTUP TENANT_COCKPIT EMPTY_WINDOW TC_BENCH_IMPORT COCKPITCTL
#                 TC_BENCH_MAIL SUPPORT_DIR WORK_DIR TC_BENCH_SEARCH TC_BENCH_PINBOARD
set -euo pipefail
[ $# -eq 11 ] || { echo "usage: $0 TC_BENCH_DEMO TC_BENCH_STARTUP TENANT_COCKPIT EMPTY_WINDOW TC_BENCH_IMPORT COCKPITCTL TC_BENCH_MAIL SUPPORT_DIR WORK_DIR TC_BENCH_SEARCH TC_BENCH_PINBOARD" >&2; exit 2; }
demo=$1 startup=$2 cockpit=$3 empty=$4 import=$5 ctl=$6 mail=$7 support=$8 work=$9 search=${10} pinboard=${11}

rm -rf "$work"
mkdir -p "$work"
"$demo" --tenants 2000 --file "$work/demo.db" --no-budget
"$startup" --cockpit "$cockpit" --empty "$empty" --db "sqlite:$work/demo.db" --runs 2 --timeout 60 --no-budget
# The search benchmark adds its tickets to the demo database: last, after the start-up's runs.
# Small files: the ratios mean nothing here, only failures count (exit code 1 is "over budget").
rc=0
"$import" --cockpitctl "$ctl" --rows 300 --big-rows 1000 --runs 1 --dir "$work/import" || rc=$?
[ $rc -le 1 ] || exit $rc
rc=0
"$search" --db "sqlite:$work/demo.db" --tickets 3000 --queries 40 || rc=$?
[ $rc -le 1 ] || exit $rc
"$pinboard" --tenants 500 --runs 1 --dir "$work" --no-budget

# The mail benchmark needs an SMTP server: Postfix's smtp-sink where it is installed (then against
# smtp-source too), else the tests' aiosmtpd server. Two runs of a few batches: the requeueing
# between runs and the reconnect between batches are exercised as well.
sink_pid=
stop_sink() {
  if [ -n "$sink_pid" ]; then
    kill -TERM "$sink_pid" 2>/dev/null || true
    wait "$sink_pid" 2>/dev/null || true
    sink_pid=
  fi
  "$support/smtp-sink.sh" stop "$work/smtp-sink"
}
trap stop_sink EXIT
baseline=()
if [ -x /usr/sbin/smtp-sink ]; then
  "$support/smtp-sink.sh" start "$work/smtp-sink"
  port=$(cat "$work/smtp-sink/port")
  [ -x /usr/sbin/smtp-source ] && baseline=(--smtp-source /usr/sbin/smtp-source)
elif /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
  mkdir -p "$work/maildir"
  /usr/bin/python3 "$support/smtp_server.py" --maildir "$work/maildir" --port 0 </dev/null >"$work/smtp.out" 2>&1 &
  sink_pid=$!
  port=
  for _ in $(seq 1 100); do
    port=$(sed -n 's/^ready //p' "$work/smtp.out")
    [ -n "$port" ] && break
    kill -0 "$sink_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "smoke: the aiosmtpd test server did not start:" >&2; cat "$work/smtp.out" >&2; exit 1; }
else
  echo "smoke: no SMTP server for tc_bench_mail: install postfix (smtp-sink) or python3-aiosmtpd" \
       "(scripts/install-deps.sh test)" >&2
  exit 1
fi
"$mail" --port "$port" --count 120 --batch 50 --runs 2 "${baseline[@]}" --dir "$work" --no-budget
stop_sink
trap - EXIT
rm -rf "$work"

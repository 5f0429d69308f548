#!/usr/bin/env bash
# The benchmarks in one command: builds the release preset, makes (or reuses) a million-tenant SQLite
# demo database, times the demo-data generator and the start-up of tenant-cockpit against an empty
# window under a real X server (xvfb-run), times the ERP import against sqlite3's .import of the
# same file, times the outbox delivering invitations to Postfix's smtp-sink against smtp-source
# sending as many messages of the same size to the same sink, times the tenant search, the issue view and
# the GUI thread while typing on a million tenants and a million tickets against raw SQL on the same
# indexes, repeats the search and the import on a throw-away PostgreSQL server over loopback (the
# million-tenant office moved there with cockpitctl copy-to; the import against psql's \copy), and
# prints a summary with the ratios.
#
# Usage: scripts/bench.sh [all|foundation|import|mail|search|postgres|pinboard]   (default: all)
# Environment:
#   BENCH_TENANTS          tenants for the demo-data benchmark (default 1000000)
#   BENCH_STARTUP_TENANTS  tenants in the database the start-up benchmark opens (default 1000000)
#   BENCH_RUNS             start-up runs per program, the first discarded (default 7)
#   BENCH_FRESH=1          regenerate the cached start-up database even if it looks current
#   BENCH_IMPORT_ROWS      rows of the timed tenant-list CSV (default 100000)
#   BENCH_IMPORT_BIG_ROWS  rows of the CSV whose import's peak memory is measured (default 1000000)
#   BENCH_MAIL_COUNT       invitations the outbox sends, and messages smtp-source sends (default 10000)
#   BENCH_MAIL_RUNS        runs of each, alternating; the median ratio counts (default 5)
#   BENCH_SEARCH_TICKETS   tickets in the search benchmark's database (default 1000000)
#   BENCH_PG_TICKETS       tickets in the PostgreSQL search benchmark's database (default 100000)
#   BENCH_PG_IMPORT_RUNS   runs of psql's \copy and of the import on PostgreSQL (default 5)
#   BENCH_PINBOARD_TENANTS demo tenants of the pinboard benchmark (default 115000: ~100,000 mails)
# The start-up database is cached in build/release/bench-data/ and regenerated when the demo-data
# or schema sources change. Exit code: 0 all within budget, 1 a benchmark failed or is over budget.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

which=${1:-all}
case "$which" in all|foundation|import|mail|search|postgres|pinboard) ;; *) echo "usage: scripts/bench.sh [all|foundation|import|mail|search|postgres|pinboard]" >&2; exit 2 ;; esac
# part NAME: whether this invocation runs that part.
part() { [ "$which" = all ] || [ "$which" = "$1" ]; }
tenants=${BENCH_TENANTS:-1000000}
startup_tenants=${BENCH_STARTUP_TENANTS:-1000000}
runs=${BENCH_RUNS:-7}

deps=(build run test)
part mail && deps+=(bench)
scripts/install-deps.sh "${deps[@]}"

echo "== build (release preset: the programs and the benchmarks, not the test suite)"
cmake --preset release >/dev/null
cmake --build --preset release --target cockpitctl tenant-cockpit tc_bench_empty_window tc_bench_startup \
  tc_bench_demo tc_bench_import tc_bench_mail tc_bench_search tc_bench_pinboard

build=$root/build/release
bin_demo=$build/tests/bench/tc_bench_demo
bin_startup=$build/tests/bench/tc_bench_startup
bin_empty=$build/tests/bench/tc_bench_empty_window
bin_cockpit=$build/app/tenant-cockpit
for b in "$bin_demo" "$bin_startup" "$bin_empty" "$bin_cockpit"; do
  [ -x "$b" ] || { echo "bench: $b was not built" >&2; exit 1; }
done

data=$build/bench-data
mkdir -p "$data"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$build/runtime
  mkdir -p "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
fi

status=0
# The cached database is current while the generator and the schema are unchanged.
startup_db=$data/demo-$startup_tenants.db
stamp_file=$startup_db.stamp
stamp=$( (echo "$startup_tenants"; cat models/services/DemoData.cpp models/storage/*.cpp) | sha256sum | cut -d' ' -f1)
cache_ok=0
if [ "${BENCH_FRESH:-0}" != 1 ] && [ -f "$startup_db" ] && [ "$(cat "$stamp_file" 2>/dev/null)" = "$stamp" ]; then
  cache_ok=1
fi

# Writes the start-up database with the generator: COUNT [more tc_bench_demo options]. Keeps the
# file when tc_bench_demo wrote it completely (exit code 0, or 1: over budget).
make_startup_db() {
  local count=$1
  shift
  rm -f "$startup_db" "$startup_db".{partial,partial-wal,partial-shm,stamp}
  "$bin_demo" --tenants "$count" --file "$startup_db.partial" "$@"
  local rc=$?
  rm -f "$startup_db".{partial-wal,partial-shm}
  if [ $rc -le 1 ] && [ -f "$startup_db.partial" ]; then
    mv "$startup_db.partial" "$startup_db"
    echo "$stamp" >"$stamp_file"
  else
    rm -f "$startup_db.partial"
  fi
  return $rc
}

if part foundation; then
echo
echo "== demo data: $tenants tenants"
set +e
if [ $cache_ok = 0 ] && [ "$tenants" = "$startup_tenants" ]; then
  # The timed run writes the start-up database too.
  echo "(this run also writes the cached start-up database $startup_db)"
  make_startup_db "$tenants" | tee "$data/demo.log"
  demo_rc=${PIPESTATUS[0]}
else
  "$bin_demo" --tenants "$tenants" --dir "$data" | tee "$data/demo.log"
  demo_rc=${PIPESTATUS[0]}
fi
set -e
[ "$demo_rc" = 0 ] || status=1

if [ ! -f "$startup_db" ] || [ "$(cat "$stamp_file" 2>/dev/null)" != "$stamp" ]; then
  echo
  echo "== writing the start-up database ($startup_tenants tenants, not timed)"
  make_startup_db "$startup_tenants" --no-budget >"$data/startup-db.log" || { cat "$data/startup-db.log"; exit 1; }
elif [ $cache_ok = 1 ]; then
  echo
  echo "== start-up database: reusing $startup_db"
fi

echo
echo "== start-up: tenant-cockpit on $startup_tenants tenants vs. an empty window (xvfb-run, xcb)"
set +e
# tc_bench_startup gives the programs an empty XDG_CONFIG_HOME: no saved geometry or section.
xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
  "$bin_startup" --cockpit "$bin_cockpit" --empty "$bin_empty" --db "sqlite:$startup_db" --runs "$runs" \
  | tee "$data/startup.log"
startup_rc=${PIPESTATUS[0]}
set -e
[ "$startup_rc" = 0 ] || status=1
fi

if part import; then
  echo
  echo "== import: a ${BENCH_IMPORT_ROWS:-100000}-row tenant list vs. sqlite3 .import of the same file"
  set +e
  "$build/tests/bench/tc_bench_import" --cockpitctl "$build/app/cockpitctl" --dir "$data" \
    --rows "${BENCH_IMPORT_ROWS:-100000}" --big-rows "${BENCH_IMPORT_BIG_ROWS:-1000000}" | tee "$data/import.log"
  import_rc=${PIPESTATUS[0]}
  set -e
  [ "$import_rc" = 0 ] || status=1
fi

if part search; then
  echo
  echo "== search: 200 queries, the issue view and typing, on $startup_tenants tenants and ${BENCH_SEARCH_TICKETS:-1000000} tickets"
  if [ ! -f "$startup_db" ] || [ "$(cat "$stamp_file" 2>/dev/null)" != "$stamp" ]; then
    echo "(writing the demo database $startup_db first, not timed)"
    make_startup_db "$startup_tenants" --no-budget >"$data/startup-db.log" || { cat "$data/startup-db.log"; exit 1; }
  fi
  # A copy of the demo database that gets the tickets (the start-up benchmark keeps its own).
  search_db=$data/search-$startup_tenants.db
  if [ ! -f "$search_db" ] || [ "$(cat "$search_db.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -f "$search_db" "$search_db"-wal "$search_db"-shm
    cp "$startup_db" "$search_db"
    echo "$stamp" >"$search_db.stamp"
  fi
  set +e
  QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false" "$build/tests/bench/tc_bench_search" --db "sqlite:$search_db" \
    --tickets "${BENCH_SEARCH_TICKETS:-1000000}" | tee "$data/search.log"
  search_rc=${PIPESTATUS[0]}
  set -e
  [ "$search_rc" = 0 ] || status=1
fi

if part postgres; then
  echo
  echo "== postgres: the search on $startup_tenants tenants and the import against psql \\copy, over loopback"
  if [ ! -f "$startup_db" ] || [ "$(cat "$stamp_file" 2>/dev/null)" != "$stamp" ]; then
    echo "(writing the demo database $startup_db first, not timed)"
    make_startup_db "$startup_tenants" --no-budget >"$data/startup-db.log" || { cat "$data/startup-db.log"; exit 1; }
  fi
  pg_state=$data/pg-server
  trap 'tests/support/pg-server.sh stop "$pg_state"' EXIT
  tests/support/pg-server.sh start "$pg_state"
  pg_admin=$(cat "$pg_state/url")
  pg_office=${pg_admin%/postgres*}/tc_bench_search?sslmode=disable
  psql -X -q "$pg_admin" -c "DROP DATABASE IF EXISTS tc_bench_search" -c "CREATE DATABASE tc_bench_search"
  # The million-tenant office moves to the server the way an office would: copy-to, from a copy of
  # the cached file (copy-to migrates its source).
  pg_source=$data/pg-source.db
  rm -f "$pg_source" "$pg_source"-wal "$pg_source"-shm
  cp "$startup_db" "$pg_source"
  set +e
  copy_start=$(date +%s%N)
  "$build/app/cockpitctl" --db "sqlite:$pg_source" copy-to "$pg_office" | tail -n 3
  copy_rc=${PIPESTATUS[0]}
  copy_end=$(date +%s%N)
  echo "copy_to_seconds=$(awk -v ns=$((copy_end - copy_start)) 'BEGIN { printf "%.1f", ns / 1e9 }')" | tee "$data/pg-copy.log"
  QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.qpa.*=false" "$build/tests/bench/tc_bench_search" --db "$pg_office" \
    --tickets "${BENCH_PG_TICKETS:-100000}" | tee "$data/pg-search.log"
  pg_search_rc=${PIPESTATUS[0]}
  "$build/tests/bench/tc_bench_import" --postgres "$pg_admin" --dir "$data" --rows "${BENCH_IMPORT_ROWS:-100000}" \
    --runs "${BENCH_PG_IMPORT_RUNS:-5}" | tee "$data/pg-import.log"
  pg_import_rc=${PIPESTATUS[0]}
  set -e
  rm -f "$pg_source" "$pg_source"-wal "$pg_source"-shm
  tests/support/pg-server.sh stop "$pg_state"
  trap - EXIT
  [ "$copy_rc" = 0 ] && [ "$pg_search_rc" = 0 ] && [ "$pg_import_rc" = 0 ] || status=1
fi

if part mail; then
  mail_count=${BENCH_MAIL_COUNT:-10000}
  echo
  echo "== mail: $mail_count invitations from the outbox vs. smtp-source, to the same smtp-sink"
  # smtp-sink keeps nothing (no -d): no disk in the measurement, for either client.
  [ -x "$build/tests/bench/tc_bench_mail" ] || { echo "bench: $build/tests/bench/tc_bench_mail was not built" >&2; exit 1; }
  sink_state=$data/smtp-sink
  trap 'tests/support/smtp-sink.sh stop "$sink_state"' EXIT
  tests/support/smtp-sink.sh start "$sink_state"
  set +e
  # tc_bench_mail runs /usr/sbin/smtp-source -s 1 -d -m N -F SAMPLE itself, alternating with the
  # outbox: one session with every message over one connection (the outbox uses one connection per
  # batch of 200), each message a copy of one of the outbox's own (the size closest to the average).
  "$build/tests/bench/tc_bench_mail" --port "$(cat "$sink_state/port")" --count "$mail_count" \
    --runs "${BENCH_MAIL_RUNS:-5}" --smtp-source /usr/sbin/smtp-source --dir "$data" | tee "$data/mail.log"
  mail_rc=${PIPESTATUS[0]}
  set -e
  tests/support/smtp-sink.sh stop "$sink_state"
  trap - EXIT
  [ "$mail_rc" = 0 ] || status=1
fi

if part pinboard; then
  echo
  echo "== pinboard: an important post to the whole company, ~100,000 addressable tenants (SQLite)"
  set +e
  QT_QPA_PLATFORM=offscreen "$build/tests/bench/tc_bench_pinboard" --tenants "${BENCH_PINBOARD_TENANTS:-115000}" \
    --dir "$data" | tee "$data/pinboard.log"
  pinboard_rc=${PIPESTATUS[0]}
  set -e
  [ "$pinboard_rc" = 0 ] || status=1
fi

# field LOG KEY: the value of KEY=VALUE on the log's summary line.
field() {
  grep -m1 '^summary ' "$1" 2>/dev/null | tr ' ' '\n' | sed -n "s/^$2=//p"
}
d=$data/demo.log
s=$data/startup.log
rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "no commit")
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo
echo "==================== Tenant Cockpit benchmarks ===================="
echo "build       release preset, $rev, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine     $(nproc) cores, ${cpu:-unknown CPU}, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
if part foundation; then
if [ -n "$(field "$d" tenants)" ]; then
  echo "demo data   $(field "$d" tenants) tenants: $(field "$d" seconds) s open to close (generate $(field "$d" generate_seconds) s)," \
       "$(field "$d" tenants_per_s) tenants/s, peak RSS $(field "$d" peak_rss_mib) MiB, file $(field "$d" db_mib) MiB"
  if [ "$(field "$d" tenants)" = 1000000 ]; then
    echo "            budget 60 s for 1,000,000: ratio $(field "$d" ratio) -> $(field "$d" verdict)"
  else
    echo "            budget 60 s for 1,000,000 scaled linearly to $(field "$d" budget_s) s: ratio $(field "$d" ratio) -> $(field "$d" verdict)"
  fi
else
  echo "demo data   FAILED (see $d)"
fi
if [ -n "$(field "$s" cockpit_p50_ms)" ]; then
  echo "start-up    warm p50, $((runs - 1)) runs, $startup_tenants tenants, Xvfb:"
  echo "            tenant-cockpit $(field "$s" cockpit_p50_ms) ms wall ($(field "$s" cockpit_self_p50_ms) ms self-reported)"
  echo "            empty window   $(field "$s" empty_p50_ms) ms wall ($(field "$s" empty_self_p50_ms) ms self-reported)"
  echo "            ratio cockpit/empty $(field "$s" ratio) wall, $(field "$s" self_ratio) self-reported"
  echo "            budget 400 ms warm (cockpit wall p50) -> $(field "$s" verdict)"
else
  echo "start-up    FAILED (see $s)"
fi
fi
i=$data/import.log
if part import; then
  if [ -n "$(field "$i" first_ratio)" ]; then
    echo "import      $(field "$i" rows) rows, median of $(field "$i" runs): sqlite3 .import $(field "$i" import_ms) ms (baseline)"
    echo "            first import $(field "$i" first_ms) ms: ratio $(field "$i" first_ratio) (budget 3)"
    echo "            re-import    $(field "$i" reimport_ms) ms: ratio $(field "$i" reimport_ratio) (budget 1.5)"
    cpu=$(grep -m1 '^cpu ' "$i" | tr ' ' '\n')
    echo "            cpu time: .import $(echo "$cpu" | sed -n 's/^import_ms=//p') ms, first $(echo "$cpu" | sed -n 's/^first_ms=//p') ms" \
         "(ratio $(echo "$cpu" | sed -n 's/^first_ratio=//p')), re-import $(echo "$cpu" | sed -n 's/^reimport_ms=//p') ms" \
         "(ratio $(echo "$cpu" | sed -n 's/^reimport_ratio=//p')); the import uses both cores"
    echo "            $(field "$i" big_rows) rows streamed in $(field "$i" big_seconds) s, peak RSS $(field "$i" big_peak_mib) MiB (budget 250 MB)"
    echo "            -> $(field "$i" verdict)"
  else
    echo "import      FAILED (see $i)"
  fi
fi
m=$data/mail.log
if part mail; then
  if [ -n "$(field "$m" ratio)" ]; then
    echo "mail        outbox $(field "$m" count) in $(field "$m" outbox_seconds) s ($(field "$m" outbox_per_s)/s)," \
         "smtp-source $(field "$m" count) in $(field "$m" source_seconds) s ($(field "$m" source_per_s)/s)," \
         "ratio $(field "$m" ratio)"
    echo "            (the ratio is the median of the runs' own ratios, each run's pair back to back; needs >= 0.5)"
    echo "            median of $(field "$m" runs) runs, messages of $(field "$m" message_bytes) bytes on average," \
         "smtp-source -s 1 -d -F (one session, one connection);"
    echo "            queueing the $(field "$m" count) invitations took $(field "$m" invite_seconds) s -> $(field "$m" verdict)"
  else
    echo "mail        FAILED (see $m)"
  fi
fi
k=$data/search.log
# kv LOG KEY: the value of a KEY=VALUE line.
kv() { sed -n "s/^$2=//p" "$1" 2>/dev/null | head -1; }
if part search; then
  if [ -n "$(kv "$k" search_p95_ms)" ]; then
    echo "search      $(kv "$k" search_queries) queries on $(kv "$k" tenants) tenants, top 50: p50 $(kv "$k" search_p50_ms) ms," \
         "p95 $(kv "$k" search_p95_ms) ms, max $(kv "$k" search_max_ms) ms (budget p95 10 ms)"
    echo "            raw SQL on the same indexes: p50 $(kv "$k" raw_p50_ms) ms, p95 $(kv "$k" raw_p95_ms) ms," \
         "max $(kv "$k" raw_max_ms) ms; ratio p50 $(kv "$k" search_ratio_p50), p95 $(kv "$k" search_ratio_p95)"
    echo "            issue view on $(kv "$k" tickets) tickets: first rows in $(kv "$k" issues_first_rows_ms) ms (budget 300 ms)"
    echo "            typing $(kv "$k" typing_queries) queries into the search: longest GUI-thread block" \
         "$(kv "$k" gui_block_max_ms) ms (budget 50 ms) -> $(kv "$k" verdict)"
  else
    echo "search      FAILED (see $k)"
  fi
fi
if part postgres; then
  g=$data/pg-search.log
  if [ -n "$(kv "$g" search_p95_ms)" ]; then
    echo "postgres    moved $(kv "$g" tenants) tenants to the server with copy-to in $(kv "$data/pg-copy.log" copy_to_seconds) s"
    echo "            search: p50 $(kv "$g" search_p50_ms) ms, p95 $(kv "$g" search_p95_ms) ms, max $(kv "$g" search_max_ms) ms" \
         "(budget p95 20 ms); raw SQL p95 $(kv "$g" raw_p95_ms) ms, ratio p95 $(kv "$g" search_ratio_p95)"
    echo "            issue view on $(kv "$g" tickets) tickets: first rows in $(kv "$g" issues_first_rows_ms) ms;" \
         "typing: longest GUI-thread block $(kv "$g" gui_block_max_ms) ms -> $(kv "$g" verdict)"
  else
    echo "postgres    search FAILED (see $g)"
  fi
  p=$(grep -m1 '^pg_summary ' "$data/pg-import.log" 2>/dev/null | tr ' ' '\n')
  if [ -n "$p" ]; then
    pv() { echo "$p" | sed -n "s/^$1=//p"; }
    echo "            import of $(pv rows) rows: psql \\copy $(pv copy_ms) ms, first import $(pv first_ms) ms," \
         "ratio $(pv first_ratio) (budget 3) -> $(pv verdict)"
  else
    echo "postgres    import FAILED (see $data/pg-import.log)"
  fi
fi
if part pinboard; then
  b=$data/pinboard.log
  if [ -n "$(field "$b" ratio)" ]; then
    echo "pinboard    $(field "$b" mails) mails of one important post queued in $(field "$b" queue_ms) ms (median;" \
         "budget 5 s for 100,000 scaled to $(field "$b" budget_ms) ms): ratio $(field "$b" ratio)"
    echo "            from the desktop program's publisher $(field "$b" desktop_ms) ms; longest pause of the window's" \
         "thread $(field "$b" stall_ms) ms (budget $(field "$b" stall_budget_ms) ms) -> $(field "$b" verdict)"
  else
    echo "pinboard    FAILED (see $b)"
  fi
fi
echo "logs        $data/{demo,startup,import,mail,search,pg-copy,pg-search,pg-import,pinboard}.log"
echo "==================================================================="
exit $status

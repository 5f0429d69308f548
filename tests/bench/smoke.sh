#!/usr/bin/env bash
# bench_smoke: runs the benchmarks once on a tiny database so their code keeps working. Judges no
# budget (it runs in debug and sanitizer builds too); fails only when a benchmark fails.
# Usage: smoke.sh TC_BENCH_DEMO TC_BENCH_STARTUP TENANT_COCKPIT EMPTY_WINDOW TC_BENCH_IMPORT COCKPITCTL WORK_DIR
set -euo pipefail
[ $# -eq 7 ] || { echo "usage: $0 TC_BENCH_DEMO TC_BENCH_STARTUP TENANT_COCKPIT EMPTY_WINDOW TC_BENCH_IMPORT COCKPITCTL WORK_DIR" >&2; exit 2; }
demo=$1 startup=$2 cockpit=$3 empty=$4 import=$5 ctl=$6 work=$7

rm -rf "$work"
mkdir -p "$work"
"$demo" --tenants 2000 --file "$work/demo.db" --no-budget
"$startup" --cockpit "$cockpit" --empty "$empty" --db "sqlite:$work/demo.db" --runs 2 --timeout 60 --no-budget
# Small files: the ratios mean nothing here, only failures count (exit code 1 is "over budget").
rc=0
"$import" --cockpitctl "$ctl" --rows 300 --big-rows 1000 --runs 1 --dir "$work/import" || rc=$?
[ $rc -le 1 ] || exit $rc
rm -rf "$work"

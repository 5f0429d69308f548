#!/usr/bin/env bash
# Fuzzes the CSV reader and the text decoders with libFuzzer (Clang, ASan, UBSan) for SECONDS,
# starting from the seed corpus in tests/fuzz/corpus/csv. The corpus is copied to a temporary
# folder, so the source tree is never written to.
# Usage: scripts/fuzz.sh [SECONDS]   (default 60)
# Exit code: 0 nothing found; 1 the fuzzer found a crash, a leak or a timeout (the input that
# caused it is kept, its path printed); 2 usage or build problems.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
case "$seconds" in
  '' | *[!0-9]*) echo "fuzz: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac

scripts/install-deps.sh build test
if [ ! -f build/fuzz/build.ninja ]; then
  log=$(mktemp)
  cmake --preset fuzz >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 2; }
  rm -f "$log"
fi
out=$(cmake --build --preset fuzz --target fuzz_csvreader 2>&1) || { printf '%s\n' "$out" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/tc-fuzz.XXXXXX")
cp -r tests/fuzz/corpus/csv "$work/corpus"
echo "fuzz: fuzz_csvreader for ${seconds} s (corpus and findings in $work)"
set +e
# -artifact_prefix: crash-*, leak-*, timeout-* and oom-* files land in the temporary folder.
build/fuzz/tests/fuzz/fuzz_csvreader -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 \
  -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" >"$work/fuzz.log" 2>&1
rc=$?
set -e

artifacts=$(find "$work" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
if [ "$rc" -ne 0 ] || [ -n "$artifacts" ]; then
  tail -n 60 "$work/fuzz.log" >&2
  echo "fuzz: FAILED (exit code $rc); full log: $work/fuzz.log" >&2
  for a in $artifacts; do
    echo "fuzz: input that failed: $a   (repeat: build/fuzz/tests/fuzz/fuzz_csvreader $a)" >&2
  done
  exit 1
fi
grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/fuzz.log" || true
echo "fuzz: nothing found, corpus grew to $(find "$work/corpus" -type f | wc -l) inputs"
rm -rf "$work"

#!/usr/bin/env bash
# Records ingest at scale: 10 million arrest rows read, validated and interned by RecordSet.read,
# timed by /usr/bin/time -v (wall, CPU, peak RSS). Target (issue 9): ≤ 8 s wall on 2 cores,
# peak memory linear in the rows kept. Results: docs/performance.md.
#
#   Benchmarks/ingest-10m.sh [--skip-build] [ROWS]     ROWS default 10000000
#
# --skip-build (or FOCUSNET_BENCH_SKIP_BUILD=1) times the IngestProbe already in .build-bench
# without running `swift build` first: for alternated A/B runs, so that no build's link step or
# up-to-date check shares the cores with a timed run. Build once beforehand with
#   swift build -c release --scratch-path .build-bench --product IngestProbe
#
# The data file is generated once (deterministic, ~650 MB for 10M rows) into
# $FOCUSNET_BENCH_DATA, default /tmp/focusnet-bench, and reused. `focusnet rank` is not used:
# it also computes exact betweenness, which dominates at this size; IngestProbe runs only the
# ingest, through the same public RecordSet.read the CLI calls.
set -euo pipefail
cd "$(dirname "$0")"
skip_build=${FOCUSNET_BENCH_SKIP_BUILD:-0}
if [[ ${1:-} == --skip-build ]]; then skip_build=1; shift; fi
rows=${1:-10000000}

probe=.build-bench/release/IngestProbe
if [[ $skip_build == 1 ]]; then
  [[ -x $probe ]] || { echo "ingest-10m.sh: --skip-build but no $probe; build it first" >&2; exit 1; }
else
  swift build -c release --scratch-path .build-bench --product IngestProbe
fi
file=$("$probe" generate "$rows")

echo "machine  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB"
echo "load     $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15-min load average before the run)"
echo "commit   $(git -C .. rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C .. diff --quiet HEAD -- Sources 2>/dev/null || echo ' + uncommitted Sources changes')"
[[ $skip_build == 1 ]] && echo "probe    $probe as built $(date -r "$probe" '+%F %T') (--skip-build: the commit line may not be what it runs)"
echo "file     $file ($(du -h "$file" | cut -f1))"
timing=$(mktemp)
trap 'rm -f "$timing"' EXIT
/usr/bin/time -v -o "$timing" "$probe" read "$file"
grep -E 'Elapsed \(wall|User time|System time|Percent of CPU|Maximum resident' "$timing" | sed 's/^\t/time     /'

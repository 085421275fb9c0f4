#!/usr/bin/env bash
# Builds the libFuzzer target and fuzzes the records reader (see README.md).
#   Fuzz/run.sh                    1,000,000 executions: 2 workers × 500,000, one per core
#   Fuzz/run.sh -max_total_time=60 any libFuzzer options instead of the default -runs
#   Fuzz/run.sh repro FILE...      replays saved inputs (a crash file, a corpus file)
set -euo pipefail
cd "$(dirname "$0")"

swift build -c release --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
fuzzer=.build-fuzz/release/RecordReaderFuzzer

# Swift's own backtracer would catch a trap first and exit without libFuzzer saving the input.
export SWIFT_BACKTRACE=enable=no

if [[ "${1:-}" == repro ]]; then
    shift
    exec "$fuzzer" "$@"
fi

(($# > 0)) || set -- -runs=500000 -jobs=2 -workers=2
mkdir -p .build-fuzz/corpus crashes
# New inputs go to the git-ignored .build-fuzz/corpus; the committed seeds in corpus/ are only read.
exec "$fuzzer" -dict=arrests.dict -artifact_prefix=crashes/ -print_final_stats=1 "$@" .build-fuzz/corpus corpus

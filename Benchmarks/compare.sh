#!/usr/bin/env bash
# FocusNet vs the peer pipelines (python-igraph + polars, NetworKit + pandas, networkx) on the same
# synthetic files, side by side, with /usr/bin/time -v: wall time, CPU time, peak RSS and ratios,
# then the peers' own compare.py for agreement. See docs/performance.md.
#
# FocusNet runs twice over: the analysts' default jobs (`focusnet rank` and `focusnet call-in` with
# no options but --data, --as-of and --out; at city scale also a default `focusnet backtest` over 8
# quarterly origins), and the reference job the peers implement (focusnet-reference-job), which
# is the row the ratios are taken against.
#
#   Benchmarks/compare.sh [--peers DIR] [--cache DIR] [--out DIR] [--scales "city state"]
#                         [--as-of YYYY-MM-DD] [--peer-mem-gb N] [--skip-build]
#
#   --peers DIR      the peer scripts (default: ../shared/bench from the repository root); used as
#                    they are, never copied
#   --cache DIR      where generated data is kept and reused (default: .build-compare/data)
#   --out DIR        outputs, logs and table.md (default: .build-compare/results)
#   --scales LIST    any of tiny, city, state (default: "city state"); networkx runs at tiny/city only
#   --peer-mem-gb N  address-space cap for each peer (default 16): at state scale the peers build
#                    every group pair explicitly, and on data with large groups would otherwise
#                    exhaust the machine
#   --skip-peers "P…" leave these peers out (igraph, networkit, networkx), at every scale or at one
#                    (state:networkit: NetworKit did not finish the state job in 19 minutes)
#   --skip-build     use .build/release/focusnet-reference-job (or $FOCUSNET_REFERENCE_JOB) as it is
#   --stability "K…" also measure seed stability at the largest scale given: the default rank twice
#                    (seeds 1, 2): overlap of the top 100 and top 1,000 and Spearman of the score
#                    over the top 1,000; and betweenness for each K, the reference job twice with K
#                    sources (numpy: the peers' sampling; component: exact outside the largest
#                    component), Spearman over the top 1%
#
# Installs the peers' Python packages into .venv-peers (git-ignored) on first use. Runs one tool at
# a time; the machine's load average is recorded before and after each run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="$root/../shared/bench"
cache="$root/.build-compare/data"
out="$root/.build-compare/results"
scales="city state"
as_of="2024-01-01"
peer_mem_gb=16
skip_build=0
stability=""
skip_peers=""
while [ $# -gt 0 ]; do
  case "$1" in
    --peers) peers="$2"; shift 2 ;;
    --cache) cache="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --scales) scales="$2"; shift 2 ;;
    --as-of) as_of="$2"; shift 2 ;;
    --peer-mem-gb) peer_mem_gb="$2"; shift 2 ;;
    --skip-build) skip_build=1; shift ;;
    --stability) stability="$2"; shift 2 ;;
    --skip-peers) skip_peers="$2"; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
done
peers="$(cd "$peers" && pwd)"
for script in peer_igraph.py peer_networkit.py peer_networkx.py compare.py; do
  [ -f "$peers/$script" ] || { echo "compare.sh: $peers/$script not found (use --peers DIR)" >&2; exit 66; }
done
# /usr/bin/time and Python's venv module are not on a fresh Debian: install them as `make deps`
# installs FocusNet's own packages (as root, or through sudo; otherwise say what to run).
if [ ! -x /usr/bin/time ] || ! python3 -c "import ensurepip, venv" 2>/dev/null; then
  packages="time python3-venv"
  if [ "$(id -u)" = 0 ]; then
    apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y $packages >&2
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y $packages >&2
  else
    echo "compare.sh needs /usr/bin/time and Python's venv: sudo apt-get install -y $packages" >&2; exit 69
  fi
fi
mkdir -p "$cache" "$out"
log() { echo "[compare $(date +%H:%M:%S)] $*" >&2; }

# ---------------------------------------------------------------- build
# FocusNet runs the peers' job through focusnet-reference-job (Benchmarks/ReferenceJob), on the
# product's records and engines; FOCUSNET_REFERENCE_JOB: another build.
focusnet="${FOCUSNET_REFERENCE_JOB:-$root/.build/release/focusnet-reference-job}"
cli="${FOCUSNET_CLI:-$root/.build/release/focusnet}"
if [ "$skip_build" = 0 ]; then
  log "building focusnet and focusnet-reference-job (release)"
  (cd "$root" && make deps >/dev/null && swift build -c release --product focusnet-reference-job >&2 \
    && swift build -c release --product focusnet >&2)
fi
[ -x "$focusnet" ] || { echo "compare.sh: $focusnet missing" >&2; exit 70; }
[ -x "$cli" ] || { echo "compare.sh: $cli missing" >&2; exit 70; }

# ---------------------------------------------------------------- peers' environment
venv="$root/.venv-peers"
if ! "$venv/bin/python" -c "import igraph, networkit, networkx, polars, pandas, numpy, scipy" 2>/dev/null; then
  log "installing the peers' packages into $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "igraph>=1.0,<1.1" networkit networkx polars pandas numpy scipy
fi
versions="$("$venv/bin/python" -c "import igraph, networkit, networkx, polars, pandas, numpy, scipy, sys; print(f'python {sys.version.split()[0]}, igraph {igraph.__version__}, networkit {networkit.__version__}, networkx {networkx.__version__}, polars {polars.__version__}, pandas {pandas.__version__}, numpy {numpy.__version__}, scipy {scipy.__version__}')")"

# ---------------------------------------------------------------- data
for scale in $scales; do
  if [ ! -s "$cache/$scale/arrests.csv" ]; then
    log "generating $scale data (seed 42) into $cache/$scale"
    "$cli" simulate --scale "$scale" --seed 42 --out "$cache/$scale" > "$cache/$scale.summary.txt"
  fi
done

# ---------------------------------------------------------------- runs
# run NAME SCALE CAP_GB COMMAND... : /usr/bin/time -v into $out/NAME-SCALE.time, stderr to .err
results="$out/results.tsv"
printf 'scale\ttool\tstatus\twall_s\tcpu_s\tpeak_rss_kb\tload_before\tload_after\n' > "$results"
run() {
  local name="$1" scale="$2" cap="$3"; shift 3
  local base load_before load_after status
  base="$out/$(printf '%s' "$name" | tr -c 'a-z0-9' '-' | tr -s '-' | sed 's/-$//')-$scale"
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  log "$scale: $name"
  set +e
  ( if [ "$cap" != 0 ]; then ulimit -v $((cap * 1024 * 1024)); fi
    exec /usr/bin/time -v -o "$base.time" "$@" ) > "$base.out" 2> "$base.err"
  status=$?
  set -e
  load_after="$(cut -d' ' -f1 /proc/loadavg)"
  local wall cpu rss
  wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$base.time")"
  cpu="$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$base.time")"
  rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$base.time")"
  local what="ok"
  if [ "$status" != 0 ]; then
    what="failed (exit $status)"
    grep -q "signal 9" "$base.time" && what="killed (signal 9, out of memory)"
    grep -qi "MemoryError\|memory allocation\|Cannot allocate\|std::bad_alloc\|out of memory" "$base.err" \
      && what="out of memory (cap ${cap} GB): $(grep -m1 -oi 'MemoryError[^\n]*\|memory allocation of [0-9]* bytes failed\|std::bad_alloc' "$base.err")"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scale" "$name" "$what" "$wall" "$cpu" "$rss" "$load_before" "$load_after" >> "$results"
}

for scale in $scales; do
  data="$cache/$scale"
  top=0; [ "$scale" = state ] && top=1000     # state: the top-1000 list; smaller: everyone (for agreement)
  # The analysts' default jobs: no option but the data, the as-of date and the output folder.
  rm -rf "$out/rank-$scale" "$out/call-in-$scale" "$out/backtest-$scale"
  run "focusnet rank (default)" "$scale" 0 "$cli" rank --data "$data" --as-of "$as_of" --out "$out/rank-$scale" --progress plain
  run "focusnet call-in (default)" "$scale" 0 "$cli" call-in --data "$data" --as-of "$as_of" --out "$out/call-in-$scale" --progress plain
  if [ "$scale" != state ]; then
    run "focusnet backtest (default, 8 origins)" "$scale" 0 "$cli" backtest --data "$data" --from 2020-09-30 --to 2022-06-30 \
      --every 3mo --no-store --out "$out/backtest-$scale" --progress plain
  fi
  run "focusnet reference job" "$scale" 0 "$focusnet" --data "$data" --as-of "$as_of" --top "$top" --out "$out/focusnet-$scale"
  skipped() { case " $skip_peers " in *" $1 "*|*" $scale:$1 "*) return 0 ;; esac; return 1; }
  skipped igraph || run igraph "$scale" "$peer_mem_gb" "$venv/bin/python" "$peers/peer_igraph.py" --data "$data" --as-of "$as_of" --top "$top" --out "$out/igraph-$scale.csv"
  skipped networkit || run networkit "$scale" "$peer_mem_gb" "$venv/bin/python" "$peers/peer_networkit.py" --data "$data" --as-of "$as_of" --top "$top" --out "$out/networkit-$scale.csv"
  if [ "$scale" != state ]; then
    skipped networkx || run networkx "$scale" "$peer_mem_gb" "$venv/bin/python" "$peers/peer_networkx.py" --data "$data" --as-of "$as_of" --top "$top" --out "$out/networkx-$scale.csv"
  fi
done

# ---------------------------------------------------------------- table
table="$out/table.md"
{
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(date -u +%Y-%m-%d); peers: $versions; as-of $as_of; peers capped at ${peer_mem_gb} GiB of address space."
  echo
  echo "| scale | tool | status | wall (s) | CPU (s) | peak RSS (GiB) | wall ÷ FocusNet | RSS ÷ FocusNet | load 1-min before/after |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---|"
  awk -F'\t' 'NR > 1 {
      if ($2 == "focusnet reference job") { fw[$1] = $4; fr[$1] = $6 }
      rows[NR] = $0
    }
    END {
      for (i = 2; i <= NR; i++) {
        split(rows[i], f, "\t")
        ratio_w = (fw[f[1]] > 0) ? sprintf("%.1f×", f[4] / fw[f[1]]) : "–"
        ratio_r = (fr[f[1]] > 0) ? sprintf("%.1f×", f[6] / fr[f[1]]) : "–"
        if (f[3] != "ok") { ratio_w = "did not finish"; ratio_r = "–" }
        printf "| %s | %s | %s | %.1f | %.1f | %.2f | %s | %s | %s / %s |\n", f[1], f[2], f[3], f[4], f[5], f[6] / 1048576, ratio_w, ratio_r, f[7], f[8]
      }
    }' "$results"
  for scale in $scales; do
    files=("$out/focusnet-$scale/bench.csv")
    for peer in igraph networkit networkx; do [ -s "$out/$peer-$scale.csv" ] && files+=("$out/$peer-$scale.csv"); done
    if [ "${#files[@]}" -gt 1 ]; then
      echo
      echo "Agreement at $scale scale (\`compare.py --k 50\`; focusnet = bench.csv):"
      echo
      "$venv/bin/python" "$peers/compare.py" "${files[@]}" --k 50
    fi
  done
  if [ -n "$stability" ]; then
    scale="${scales##* }"
    echo
    echo "Default list seed stability at $scale scale (\`focusnet rank\` with --seed 1 and --seed 2): overlap of the top-k sets, Spearman of the score over the top 1,000 of run 1:"
    echo
    for seed in 1 2; do
      log "stability: default rank, seed $seed"
      rm -rf "$out/stability-rank-$seed"
      "$cli" rank --data "$cache/$scale" --as-of "$as_of" --seed "$seed" --out "$out/stability-rank-$seed" --quiet
    done
    "$venv/bin/python" - "$out/stability-rank-1/scores.csv" "$out/stability-rank-2/scores.csv" <<'PY'
import sys
import polars as pl
from scipy.stats import spearmanr
a = pl.read_csv(sys.argv[1], columns=["rank", "person_id", "composite"], schema_overrides={"person_id": pl.String})
b = pl.read_csv(sys.argv[2], columns=["rank", "person_id", "composite"], schema_overrides={"person_id": pl.String})
overlap = {k: len(set(a.head(k)["person_id"]) & set(b.head(k)["person_id"])) / k for k in (100, 1000)}
top = a.head(1000).join(b, on="person_id", suffix="_2")
rho = spearmanr(top["composite"], top["composite_2"]).statistic if top["composite"].n_unique() > 1 else float("nan")
print(f"| top-100 overlap {overlap[100]:.3f} | top-1,000 overlap {overlap[1000]:.3f} | Spearman over the top 1,000 {rho:.4f} |")
PY
    if [ -n "${stability// /}" ]; then
    echo
    echo "Betweenness seed stability at $scale scale: Spearman of two seeds' values over the top 1% (by run 1 / by run 2), and the overlap of the two top-1% sets:"
    echo
    echo "| sampling | sources | Spearman top 1% | top-1% overlap |"
    echo "|---|---:|---|---:|"
    for k in $stability; do
      for mode in numpy component; do
        for seed in 1 2; do
          log "stability: $mode, $k sources, seed $seed"
          "$focusnet" --data "$cache/$scale" --as-of "$as_of" --top 0 --sampling "$mode" \
            --samples "$k" --seed "$seed" --out "$out/stability-$mode-$k-$seed" --quiet
        done
        "$venv/bin/python" - "$out/stability-$mode-$k-1/bench.csv" "$out/stability-$mode-$k-2/bench.csv" "$mode" "$k" <<'PY'
import sys
import polars as pl
from scipy.stats import spearmanr
a = pl.read_csv(sys.argv[1], columns=["person_id", "betweenness"], schema_overrides={"person_id": pl.String})
b = pl.read_csv(sys.argv[2], columns=["person_id", "betweenness"], schema_overrides={"person_id": pl.String})
df = a.join(b, on="person_id", suffix="_2")
k = max(1, df.height // 100)
top1 = df.sort("betweenness", descending=True).head(k)
top2 = df.sort("betweenness_2", descending=True).head(k)
r1 = spearmanr(top1["betweenness"], top1["betweenness_2"]).statistic
r2 = spearmanr(top2["betweenness"], top2["betweenness_2"]).statistic
overlap = len(set(top1["person_id"]) & set(top2["person_id"])) / k
print(f"| {sys.argv[3]} | {int(sys.argv[4]):,} | {r1:.3f} / {r2:.3f} | {overlap:.3f} |")
PY
      done
    done
    fi
  fi
} > "$table"
cat "$table"
log "logs and outputs in $out"

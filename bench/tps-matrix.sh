#!/usr/bin/env bash
# The TPS harness over a matrix: for each node count and each [tx_execute] enable_parallel value,
# builds a fresh chain (./jbcos build-chain -l 127.0.0.1:<n>), sets enable_parallel in every
# node's conf/group.1.ini, starts it (./jbcos up), runs bench/tps.sh --workload <w> for each
# workload against all nodes' channel ports, stops it (./jbcos down) and deletes it. Prints one
# markdown table row per run on stdout; each run's full output goes to the log directory.
# Usage: bench/tps-matrix.sh --help
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  cat <<'EOF'
Usage: bench/tps-matrix.sh [options] [-- harness options]

Runs bench/tps.sh for every workload x node count x enable_parallel value, each (node count,
enable_parallel) on a fresh local chain, and prints a markdown table of the TPS lines.

Options:
  --workloads LIST   comma-separated: transfer, parallel-ok, dag-transfer
                     (default: transfer,parallel-ok,dag-transfer)
  --nodes LIST       node counts, comma-separated: every node a PBFT sealer of group 1,
                     all on 127.0.0.1 (default: 1,4)
  --parallel LIST    [tx_execute] enable_parallel values, comma-separated (default: true,false)
  --count N          transfers per run (default: 20000)
  --runs N           measured runs per workload on the same chain, one table row each
                     (default: 1); four nodes on a few cores vary by a third between runs
  --accounts N       accounts per run (default: 1000)
  --warmup N         before each measured run, a run of N transfers of the same workload whose
                     figures are discarded (the JIT of four fresh nodes sharing a few cores
                     takes a while); 0: none (default: 5000)
  --sm               build SM chains (build-chain -g)
  --port BASE        first P2P port; channel ports are BASE+100.., JSON-RPC BASE+200..
                     (default: 31300, away from ./jbcos up's 30300)
  --dir DIR          where the chains and logs go (default: a new temporary directory)
  --keep             keep each chain directory after its runs (default: delete it)
  -h, --help         this text
Everything after -- goes to every harness run (bench/tps.sh --help), e.g. -- --in-flight 2000.

The table goes to stdout, progress to stderr, each run's output to DIR/logs/. The exit code is 0
when every run passed (all transfers committed OK, balances held), 1 otherwise.
Example: bench/tps-matrix.sh --workloads dag-transfer,parallel-ok --nodes 1 --count 200
EOF
}

die() { echo "tps-matrix.sh: $*" >&2; exit 2; }

workloads="transfer,parallel-ok,dag-transfer"
node_counts="1,4"
parallel_values="true,false"
count=20000
runs=1
accounts=1000
warmup=5000
sm=false
base=31300
dir=""
keep=false
harness_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --workloads) workloads="${2:?--workloads needs a list}"; shift 2 ;;
    --nodes) node_counts="${2:?--nodes needs a list}"; shift 2 ;;
    --parallel) parallel_values="${2:?--parallel needs a list}"; shift 2 ;;
    --count) count="${2:?--count needs a number}"; shift 2 ;;
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --accounts) accounts="${2:?--accounts needs a number}"; shift 2 ;;
    --warmup) warmup="${2:?--warmup needs a number}"; shift 2 ;;
    --sm) sm=true; shift ;;
    --port) base="${2:?--port needs a number}"; shift 2 ;;
    --dir) dir="${2:?--dir needs a directory}"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; harness_args=("$@"); break ;;
    *) die "unknown option $1 (see --help)" ;;
  esac
done

IFS=',' read -r -a workload_list <<<"$workloads"
IFS=',' read -r -a node_list <<<"$node_counts"
IFS=',' read -r -a parallel_list <<<"$parallel_values"
for w in "${workload_list[@]}"; do
  case "$w" in transfer|parallel-ok|dag-transfer) ;; *) die "unknown workload $w" ;; esac
done
for n in "${node_list[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "bad node count $n"
done
for p in "${parallel_list[@]}"; do
  case "$p" in true|false) ;; *) die "enable_parallel is true or false, not $p" ;; esac
done
[[ "$count" =~ ^[1-9][0-9]*$ ]] || die "bad --count $count"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "bad --runs $runs"
[[ "$accounts" =~ ^[1-9][0-9]*$ ]] || die "bad --accounts $accounts"
[[ "$warmup" =~ ^[0-9]+$ ]] || die "bad --warmup $warmup"
[[ "$base" =~ ^[1-9][0-9]*$ ]] || die "bad --port $base"

[ -n "$dir" ] || dir="$(mktemp -d "${TMPDIR:-/tmp}/jbcos-tps-matrix.XXXXXX")"
mkdir -p "$dir/logs"
dir="$(cd "$dir" && pwd)"

running=""
stop_chain() {
  if [ -n "$running" ]; then
    "$ROOT/jbcos" down -o "$running" >&2 || echo "tps-matrix.sh: stopping $running failed" >&2
    [ "$keep" = true ] || rm -rf "$running"
    running=""
  fi
}
trap stop_chain EXIT
trap 'exit 130' INT TERM

# "TPS (chain):       77  (200 txs / 2.584 s of block time)" -> 77
field() { sed -n "s/^$1 *\([^ ]*\).*/\1/p" "$2" | head -1; }

echo "| workload | nodes | enable_parallel | crypto | TPS (chain) | TPS (wall) | p50 / p99 latency (ms) | blocks, txs/block | result |"
echo "|---|---|---|---|---|---|---|---|---|"
status=0
for n in "${node_list[@]}"; do
  for p in "${parallel_list[@]}"; do
    chain="$dir/chain-${n}nodes-parallel-$p"
    rm -rf "$chain"
    build=("$ROOT/jbcos" build-chain -l "127.0.0.1:$n" -o "$chain" -p "$base,$((base + 100)),$((base + 200))")
    [ "$sm" = true ] && build+=(-g)
    echo "tps-matrix.sh: $n node(s), enable_parallel=$p: building $chain" >&2
    "${build[@]}" >&2 || die "build-chain failed"
    for ini in "$chain"/127.0.0.1/node*/conf/group.1.ini; do
      sed -i -E "s/^([[:space:]]*enable_parallel[[:space:]]*=[[:space:]]*).*/\1$p/" "$ini"
      grep -Eq "^[[:space:]]*enable_parallel[[:space:]]*=[[:space:]]*$p\$" "$ini" \
        || die "$ini has no enable_parallel key to set"
    done
    running="$chain"
    "$ROOT/jbcos" up -o "$chain" >&2 || die "the chain in $chain did not start"
    peers=""
    for ((i = 0; i < n; i++)); do
      peers="${peers:+$peers,}127.0.0.1:$((base + 100 + i))"
    done
    for w in "${workload_list[@]}"; do
      base_log="$dir/logs/$w-${n}nodes-parallel-$p"
      if [ "$warmup" -gt 0 ]; then
        echo "tps-matrix.sh: warming up: $w, $warmup transfers" >&2
        "$ROOT/bench/tps.sh" --sdk-dir "$chain/127.0.0.1/sdk" --peers "$peers" --workload "$w" \
          --count "$warmup" --accounts "$accounts" ${harness_args[@]+"${harness_args[@]}"} \
          >"$base_log-warmup.log" 2>&1 || echo "tps-matrix.sh: the warm-up run failed, see $base_log-warmup.log" >&2
      fi
      for ((run = 1; run <= runs; run++)); do
        log="$base_log.log"
        [ "$runs" -gt 1 ] && log="$base_log-run$run.log"
        echo "tps-matrix.sh: $w on $n node(s), enable_parallel=$p ($count transfers) -> $log" >&2
        if "$ROOT/bench/tps.sh" --sdk-dir "$chain/127.0.0.1/sdk" --peers "$peers" --workload "$w" \
            --count "$count" --accounts "$accounts" ${harness_args[@]+"${harness_args[@]}"} >"$log" 2>&1; then
          result=PASS
        else
          result="FAIL (exit $?)"
          status=1
        fi
        crypto="$(sed -n 's/^crypto: *\([^ ,]*\).*/\1/p' "$log" | head -1)"
        latency="$(sed -n 's/^latency (ms): *p50 \([^ ]*\) *p99 \([^ ]*\).*/\1 \/ \2/p' "$log" | head -1)"
        blocks="$(sed -n 's/^blocks: *\([0-9]*\) .*, \([0-9.]*\) txs\/block/\1, \2/p' "$log" | head -1)"
        echo "| $w | $n | $p | ${crypto:--} | $(field 'TPS (chain):' "$log") | $(field 'TPS (wall clock):' "$log") | ${latency:--} | ${blocks:--} | $result |"
      done
    done
    stop_chain
  done
done
echo "tps-matrix.sh: logs in $dir/logs" >&2
exit "$status"

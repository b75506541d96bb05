#!/usr/bin/env bash
# The TPS harness (org.jbcos.bench.tps.TpsHarness) against a running chain, e.g. one started by
# ./jbcos up. Builds the bench module when its jar is missing or older than the sources, then runs
# the harness; every argument goes to it (bench/tps.sh --help). --workload picks what the
# transfers call: transfer (TpsTransfer.sol, the default), parallel-ok (ParallelOk.sol with its
# functions registered for parallel execution) or dag-transfer (the DagTransfer precompiled
# contract 0x5002). Without --sdk-dir it uses the SDK certificates of ./jbcos up's chain
# (<repo>/nodes/127.0.0.1/sdk). bench/tps-matrix.sh runs it over workloads, node counts and
# enable_parallel.
#   TPS_JAVA_OPTS: JVM options of the harness (default -Xms1g -Xmx1g)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/bench/target/jbcos-bench-0.1.0-SNAPSHOT.jar"
STAMP="$ROOT/bench/target/.tps-build-stamp"

die() { echo "tps.sh: $*" >&2; exit 1; }
command -v java >/dev/null 2>&1 || die "java not found: install a JDK 17"

stale() {
  [ -f "$JAR" ] && [ -f "$STAMP" ] || return 0
  [ -n "$(find "$ROOT" \( -name target -o -name .git -o -name nodes \) -prune -o \
        \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) \
        -newer "$STAMP" -print -quit)" ]
}

if stale; then
  command -v mvn >/dev/null 2>&1 || die "mvn not found: install Apache Maven 3.8+"
  echo "tps.sh: building the bench module (mvn package, tests skipped)..." >&2
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never -DskipTests -Dspotless.check.skip=true -pl bench -am package) >&2 \
    || die "build failed; run 'mvn -pl bench -am package' to see why"
  touch "$STAMP"
fi

args=("$@")
sdk_given=false
for a in "$@"; do
  case "$a" in --sdk-dir|--sdk-dir=*) sdk_given=true ;; esac
done
if [ "$sdk_given" = false ]; then
  args=(--sdk-dir "$ROOT/nodes/127.0.0.1/sdk" "${args[@]}")
fi

# shellcheck disable=SC2086
exec java ${TPS_JAVA_OPTS:--Xms1g -Xmx1g} \
  -cp "$JAR:$ROOT/bench/target/lib/*" org.jbcos.bench.tps.TpsHarness "${args[@]}"

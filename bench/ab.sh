#!/usr/bin/env bash
# A/B of two server configurations on one PostgreSQL database, at saturation (~8 minutes): server A on port 18080 with
# the arguments in A_ARGS, server B on 18082 with B_ARGS, both started from target/annota.jar and running side by side;
# the load alternates between them round by round (A, B, A, B, ...), so what the machine does meanwhile falls on both.
# Each side's CPU (server JVM, all PostgreSQL processes) comes from /proc/<pid>/stat, in clock ticks (100 a second)
# over each run of 25 s including its warm-up and its setup (a new project and its import). Swap A_ARGS and B_ARGS
# and run again before believing a difference: the order matters on this machine (docs/benchmarks.md).
#   A_ARGS= B_ARGS=--annota.tokens.cache-ttl=0 bench/ab.sh        ROUNDS=3 JIT=60 ANNOTATORS=200 are the defaults
#   A_JAR=old.jar B_JAR=target/annota.jar bench/ab.sh             two builds (both migrate the one database: compatible only)
set -euo pipefail
source "$(dirname "$0")/servers.sh"
# Fields 16-17 (children's time) make the sum survive backends that exit during a run: the postmaster reaps them, and
# their CPU moves into its own children's time instead of vanishing (one run read -19829 ticks without them).
postgres_ticks() { local t=0; for p in $(pgrep -u postgres); do t=$((t + $(awk '{print $14+$15+$16+$17}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }

# server.sh execs java, so the background job's pid is the JVM's.
JAR=${A_JAR:-target/annota.jar} bench/server.sh pg 18080 --annota.claims.per-minute=1000000 ${A_ARGS:-} > target/bench-ab-server-a.log 2>&1 &
a=$!
trap 'kill $a ${b:-} 2>/dev/null || true' EXIT
wait_up 18080
KEEP_DB=1 JAR=${B_JAR:-target/annota.jar} bench/server.sh pg 18082 --annota.claims.per-minute=1000000 ${B_ARGS:-} > target/bench-ab-server-b.log 2>&1 &
b=$!
wait_up 18082
rm -f target/bench-state-ab.json
common=(--annotators="${ANNOTATORS:-200}" --items=100000 --state=target/bench-state-ab.json
  --analyze-url=jdbc:postgresql://127.0.0.1:5432/annota_bench --analyze-user=annota_bench_owner --analyze-password=annota-bench)
echo "A: ${A_JAR:-target/annota.jar} ${A_ARGS:-(defaults)}   B: ${B_JAR:-target/annota.jar} ${B_ARGS:-(defaults)}"
for port in 18080 18082; do
  bench/load.sh --url=http://127.0.0.1:$port "${common[@]}" --jit-warmup="${JIT:-60}" --warmup=5 --seconds=10 > target/bench-ab-warmup-$port.log 2>&1
done
for round in $(seq 1 "${ROUNDS:-3}"); do
  for side in A B; do
    if [ $side = A ]; then port=18080; pid=$a; else port=18082; pid=$b; fi
    pg0=$(postgres_ticks); server0=$(ticks $pid)
    bench/load.sh --url=http://127.0.0.1:$port "${common[@]}" --warmup=5 --seconds=20 > target/bench-ab-$side-$round.log 2>&1
    pg1=$(postgres_ticks); server1=$(ticks $pid)
    rate=$(sed -n 's/^app over HTTP : \([0-9]*\) cycles\/s.*/\1/p' target/bench-ab-$side-$round.log)
    echo "round $round $side: $rate cycles/s; CPU ticks: PostgreSQL $((pg1 - pg0)), server $((server1 - server0))"
  done
done

#!/usr/bin/env bash
# Every figure of docs/benchmarks.md's claim/submit and import sections in one go, on a machine left alone for it
# (~15 minutes): PostgreSQL at saturation (app vs raw SQL, alternating rounds), PostgreSQL with think time (latency),
# H2 at saturation, and the 1,000,000-item import against COPY. Logs go to target/bench-*.log; the summary lines are
# printed. Ports 18080 and 18081 must be free. Bounded: every load has a fixed duration and client count.
set -euo pipefail
source "$(dirname "$0")/servers.sh"
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
summary() { grep -E "RATIO|OVER|cycles/s|  cycle |  claim |  submit |  request |COPY|import|export|ratio" "$1" || true; }
note() { echo; echo "== $* (load average: $(cut -d' ' -f1-3 /proc/loadavg))"; }

note "PostgreSQL, 200 annotators, saturation"
bench/server.sh pg 18080 --annota.claims.per-minute=1000000 > target/bench-server-pg.log 2>&1 &
server=$!
wait_up 18080
rm -f target/bench-state-pg.json
# 120 s of JIT warm-up: the server's C2 compiler threads stay busy for the first 60-90 s of this load (per-thread CPU
# in /proc, 2026-12-02), and a profile 70 s in still found a third of the server's CPU compiling.
bench/load.sh --url=http://127.0.0.1:18080 --annotators=200 --items=100000 --jit-warmup=120 --rounds=3 --warmup=5 \
  --seconds=20 --state=target/bench-state-pg.json \
  --raw-url=jdbc:postgresql://127.0.0.1:5432/annota_bench --raw-user=annota_bench_app --raw-password=annota-bench \
  --analyze-url=jdbc:postgresql://127.0.0.1:5432/annota_bench --analyze-user=annota_bench_owner --analyze-password=annota-bench \
  > target/bench-pg.log 2>&1
summary target/bench-pg.log

note "PostgreSQL, 200 annotators, 2 s mean think time"
bench/load.sh --url=http://127.0.0.1:18080 --annotators=200 --items=100000 --warmup=10 --seconds=40 --think-ms=2000 \
  --state=target/bench-state-pg.json \
  --analyze-url=jdbc:postgresql://127.0.0.1:5432/annota_bench --analyze-user=annota_bench_owner --analyze-password=annota-bench \
  > target/bench-pg-think.log 2>&1
summary target/bench-pg-think.log
stop $server

note "H2, 200 annotators, saturation"
bench/server.sh h2 18081 --annota.claims.per-minute=1000000 > target/bench-server-h2.log 2>&1 &
server=$!
wait_up 18081
rm -rf target/bench-h2-raw target/bench-state-h2.json
bench/load.sh --url=http://127.0.0.1:18081 --annotators=200 --items=100000 --jit-warmup=60 --rounds=2 --warmup=5 \
  --seconds=20 --state=target/bench-state-h2.json --raw-migrate=true \
  "--raw-url=jdbc:h2:file:$PWD/target/bench-h2-raw/raw;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000" \
  > target/bench-h2.log 2>&1
summary target/bench-h2.log
stop $server

note "PostgreSQL, import of 1,000,000 items against COPY, export of 1,000,000 labels (server heap 256 MB)"
# The benchmark inserts the export's 1M annotations by SQL, as plaintext: the server must accept plaintext values.
ANNOTA_CRYPTO_ACCEPT_PLAINTEXT=true JAVA_OPTS="-Xmx256m -Xlog:gc:file=target/bench-gc-pg.log" \
  bench/server.sh pg 18080 > target/bench-server-import.log 2>&1 &
server=$!
wait_up 18080
bench/import.sh --url=http://127.0.0.1:18080 --items=1000000 > target/bench-import.log 2>&1
summary target/bench-import.log
stop $server
note "done"

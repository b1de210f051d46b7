#!/usr/bin/env bash
# Ten million items in one project (docs/benchmarks.md "Ten million items"): a fresh PostgreSQL database annota_scale,
# the server on it (port 18090), one project of --items items (default 10,000,000) and one of 100,000 loaded through
# the import API with 30 % of each annotated by SQL, then every page and list API of the web UI timed on both, then
# claim + submit at saturation on both against the raw-SQL baseline. Rerunnable: the database is dropped first.
#   bench/scale.sh                       # 10M (import ~3-4 min per 10M items on a quiet host; the 1M run took 51 min at load 30)
#   bench/scale.sh --items=1000000       # other ScaleBenchmark options: --small= --annotated=0.3 --chunk=500000
#                                        #   --annotators=100 --samples=20 --rounds=2 --seconds=20 --jit-warmup=60
# SCALE_PORT (18090), SCALE_LOG (target/bench-scale.log), JAVA_OPTS for the server. In two steps (the load of 10M
# items takes the longest; the second step may run a newer server on the same database):
#   bench/scale.sh --phase=load                 # fresh database, loads, keeps projects and tokens in --state
#   KEEP_DB=1 bench/scale.sh --phase=measure    # pages and claims on the kept database (--state=target/bench-scale-state.json)
# KEEP_DB=1 with --measure=SMALL_ID,LARGE_ID times the pages of two projects only.
# SCALE_PGDATA=dir runs PostgreSQL as a cluster of the benchmark's own (initdb there when empty, started when not
# running, left running for the next phase; stop it with `pg_ctl -D dir stop` as postgres) on SCALE_PGPORT (5433) with
# SCALE_SHARED_BUFFERS (4GB): the 10M database (17 GB) stays off the machine's shared cluster, whose tests copy it
# whole, and gets the memory a production server would give it. Without it: the shared cluster on 5432.
set -euo pipefail
source "$(dirname "$0")/servers.sh"
port=${SCALE_PORT:-18090}
log=${SCALE_LOG:-target/bench-scale.log}
pgport=5432
if [ -n "${SCALE_PGDATA:-}" ]; then
  pgport=${SCALE_PGPORT:-5433}
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  if [ ! -f "$SCALE_PGDATA/PG_VERSION" ]; then
    mkdir -p "$SCALE_PGDATA"; [ "$(id -u)" = 0 ] && chown postgres "$SCALE_PGDATA"
    as_pg "$PGBIN/initdb" -D "$SCALE_PGDATA" -U postgres -A trust >/dev/null
  fi
  if ! as_pg "$PGBIN/pg_ctl" -D "$SCALE_PGDATA" status >/dev/null 2>&1; then
    as_pg "$PGBIN/pg_ctl" -D "$SCALE_PGDATA" -w -t 120 -l "$SCALE_PGDATA/server.log" -o "-p $pgport -c listen_addresses=127.0.0.1 \
      -c unix_socket_directories=/tmp -c shared_buffers=${SCALE_SHARED_BUFFERS:-4GB} -c max_connections=200 \
      -c max_wal_size=8GB -c checkpoint_timeout=15min" start >/dev/null
  fi
  export BENCH_PGPORT=$pgport PGADMIN="psql -h 127.0.0.1 -p $pgport -U postgres"
fi
CP=$(bench/build.sh | tail -1)
echo "== scale benchmark $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD), PostgreSQL on $pgport, shared_buffers $(psql -h 127.0.0.1 -p $pgport -U postgres -Atc 'show shared_buffers')" | tee "$log"
# The benchmark writes its answers by SQL as plaintext and has a key rotation seal them (sealing them itself would
# need the tenant's keyset outside the server): the server accepts plaintext values meanwhile, as in the export
# benchmark, and its re-encryption job runs every second in batches of 5,000.
ANNOTA_CRYPTO_ACCEPT_PLAINTEXT=true ANNOTA_REENCRYPT_INTERVAL=1s ANNOTA_REENCRYPT_BATCH_SIZE=5000 BENCH_DB=annota_scale \
  bench/server.sh pg "$port" --annota.claims.per-minute=1000000 > target/bench-server-scale.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
# servers.sh's wait_up gives up after 2 minutes; a start under a load average of 20 took 200 s.
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "the server did not start: target/bench-server-scale.log" >&2; exit 1; }
java -Xms2g -Xmx2g -XX:+UseZGC -XX:+AlwaysPreTouch -Dlogback.configurationFile=bench/logback.xml -cp "$CP" \
  dev.annota.bench.ScaleBenchmark --url="http://127.0.0.1:$port" --pg-url=jdbc:postgresql://127.0.0.1:$pgport/annota_scale "$@" \
  2>&1 | tee -a "$log"
echo "== done $(date -u +%FT%TZ), database size $(psql -h 127.0.0.1 -p $pgport -U postgres -Atc "select pg_size_pretty(pg_database_size('annota_scale'))")" | tee -a "$log"

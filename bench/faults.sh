#!/usr/bin/env bash
# Faults under load (docs/benchmarks.md "Faults", docs/operations.md "Fail over"): three instances on one PostgreSQL
# behind HAProxy, the fault load (FaultLoad) through the proxy, and during that bounded run, one after the other:
#   kill -9 of instance 1 and its restart; a fast and an immediate restart of PostgreSQL; SIGSTOP of instance 2 for
#   longer than the project's lease, then SIGCONT; the primary stopped and its streaming standby promoted.
# Then counts from the database and the generator's log of what was acknowledged: annotations lost, stored twice,
# slots still held by a lease that expired, claims (views) without their access-log event, client errors around each
# fault and the seconds until the rate was back.
#
# PostgreSQL is a cluster of the script's own (initdb in a temporary directory, ports FAULTS_PG_PORT and +1 for the
# standby, run as the OS user postgres when the script runs as root), never the machine's shared one: restarting
# that would break everyone else's work. The instances use a multi-host JDBC URL with targetServerType=primary, so they
# find the promoted standby by themselves. The primary commits synchronously to the standby (synchronous_standby_names)
# so a promotion loses nothing acknowledged; FAULTS_SYNC=0 runs it asynchronous to see what that costs.
# Knobs: FAULTS_SECONDS (load, default 150), FAULTS_ANNOTATORS (20), FAULTS_LEASE (15 s), FAULTS_PG_PORT (5499),
# FAULTS_HTTP_PORT (18090; instances on +1..+3), JAR (default target/annota.jar, built when missing).
# Needs haproxy (installed from Debian when missing) and PostgreSQL 15's server binaries. Output: target/faults/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"
SECONDS_LOAD=${FAULTS_SECONDS:-150}; ANNOTATORS=${FAULTS_ANNOTATORS:-20}; LEASE=${FAULTS_LEASE:-15}
PGPORT=${FAULTS_PG_PORT:-5499}; SBPORT=$((PGPORT + 1)); HTTP=${FAULTS_HTTP_PORT:-18090}
OUT=$PWD/target/faults
command -v haproxy >/dev/null || { if [ "$(id -u)" = 0 ]; then apt-get install -y -q haproxy; else sudo apt-get install -y -q haproxy; fi; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 2; }
JAR=$(realpath "${JAR:-target/annota.jar}" 2>/dev/null || true)
[ -f "$JAR" ] || { ./mvnw -q -DskipTests package; JAR=$PWD/target/annota.jar; }
CP=$(bench/build.sh | tail -1)

rm -rf "$OUT"; mkdir -p "$OUT/shared"
TMP=$(mktemp -d /tmp/annota-faults.XXXXXX); chmod 755 "$TMP"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$TMP"
PRIMARY=$TMP/primary; STANDBY=$TMP/standby
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -CONT "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  [ -f "$OUT/haproxy.pid" ] && kill "$(cat "$OUT/haproxy.pid")" 2>/dev/null || true
  as_pg "$PGBIN/pg_ctl" -D "$PRIMARY" -m immediate stop >/dev/null 2>&1 || true
  as_pg "$PGBIN/pg_ctl" -D "$STANDBY" -m immediate stop >/dev/null 2>&1 || true
  cp "$TMP"/pg-*.log "$OUT/" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
fault() { echo "$(date +%s%3N),$1" >> "$OUT/faults.csv"; log "FAULT $1"; }

log "PostgreSQL: a cluster of our own on $PGPORT, its streaming standby on $SBPORT ($TMP)"
as_pg "$PGBIN/initdb" -D "$PRIMARY" -U postgres -A trust --no-sync >"$OUT/initdb.log"
PGOPTS="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$TMP -c max_connections=200 -c fsync=off -c full_page_writes=off"
pg_primary() { as_pg "$PGBIN/pg_ctl" -D "$PRIMARY" -w -t 60 -l "$TMP/pg-primary.log" -o "-p $PGPORT $PGOPTS" "$@"; }
pg_primary start >/dev/null
psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 <<'SQL'
create role annota_faults_owner login password 'annota-faults';
create role annota_faults_app login password 'annota-faults';
create database annota_faults owner annota_faults_owner;
SQL
as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PGPORT" -U postgres -D "$STANDBY" -R -X stream -c fast --no-sync
as_pg "$PGBIN/pg_ctl" -D "$STANDBY" -w -t 60 -l "$TMP/pg-standby.log" -o "-p $SBPORT $PGOPTS" start >/dev/null
# Synchronous from here on (in postgresql.auto.conf, so it outlives the restarts below; the standby's copy was taken
# before, so the promoted standby does not wait for a standby of its own).
if [ "${FAULTS_SYNC:-1}" = 1 ]; then
  psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "alter system set synchronous_standby_names = '*'" -c "select pg_reload_conf()" >/dev/null
fi
SQLP() { psql -h 127.0.0.1 -p "$1" -U postgres -d annota_faults -At -v ON_ERROR_STOP=1 -c "$2"; }

log "three instances on jdbc:postgresql://127.0.0.1:$PGPORT,127.0.0.1:$SBPORT/annota_faults?targetServerType=primary"
export ANNOTA_DATABASE_URL="jdbc:postgresql://127.0.0.1:$PGPORT,127.0.0.1:$SBPORT/annota_faults?targetServerType=primary"
export ANNOTA_DATABASE_USERNAME=annota_faults_app ANNOTA_DATABASE_PASSWORD=annota-faults
export ANNOTA_MIGRATION_USERNAME=annota_faults_owner ANNOTA_MIGRATION_PASSWORD=annota-faults ANNOTA_DEMO_DATA=true
export ANNOTA_DATABASE_POOL_SIZE=10 ANNOTA_DRAIN_DELAY=1s
# Exports and the dashboard read off the standby (the same role: row-level security holds there as on the primary).
export ANNOTA_READ_DATABASE_URL="jdbc:postgresql://127.0.0.1:$SBPORT/annota_faults?ApplicationName=annota-read"
declare -A inst
start_instance() { # N: port HTTP+N, shared ./data (keys, signer state) under $OUT/shared
  (cd "$OUT/shared" && ANNOTA_PORT=$((HTTP + $1)) exec java -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$JAR" \
     --annota.claims.per-minute=1000000 >>"$OUT/instance-$1.log" 2>&1) &
  inst[$1]=$!; pids+=("$!")
}
wait_up() { for _ in $(seq 1 180); do curl -sf "http://127.0.0.1:$1/readyz" >/dev/null && return 0; sleep 1; done; echo "instance on $1 not up" >&2; return 1; }
start_instance 1; wait_up $((HTTP + 1))   # migrates and loads the demo data; the others start on a ready schema
start_instance 2; start_instance 3; wait_up $((HTTP + 2)); wait_up $((HTTP + 3))

cat > "$OUT/haproxy.cfg" <<CFG
global
  maxconn 2000
  pidfile $OUT/haproxy.pid
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 15s
  timeout queue 10s
  # /readyz takes seconds on a host this loaded: a shorter check marked healthy instances down (503s in a first run).
  timeout check 5s
  retries 3
  option redispatch 1
  # Safe to resend: a claim answers the live lease again, a submit carries its Idempotency-Key.
  retry-on conn-failure empty-response
frontend annota
  bind 127.0.0.1:$HTTP
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /readyz
  default-server check inter 1s fall 3 rise 2
  server i1 127.0.0.1:$((HTTP + 1))
  server i2 127.0.0.1:$((HTTP + 2))
  server i3 127.0.0.1:$((HTTP + 3))
CFG
haproxy -D -f "$OUT/haproxy.cfg"

log "fault load through HAProxy on $HTTP: $ANNOTATORS annotators, $SECONDS_LOAD s, lease $LEASE s"
java -Xmx512m -Dlogback.configurationFile=bench/logback.xml -cp "$CP" dev.annota.bench.FaultLoad --url="http://127.0.0.1:$HTTP" \
  --setup-url="http://127.0.0.1:$((HTTP + 1))" --annotators="$ANNOTATORS" --items=20000 --seconds="$SECONDS_LOAD" \
  --lease="$LEASE" --out="$OUT" > "$OUT/load.log" 2>&1 &
load=$!; pids+=("$load")
until grep -q '^start=' "$OUT/run.properties" 2>/dev/null; do kill -0 $load 2>/dev/null || { cat "$OUT/load.log"; exit 1; }; sleep 1; done
t0=$(date +%s)
at() { local wait=$(( t0 + $1 - $(date +%s) )); [ $wait -gt 0 ] && sleep $wait; return 0; }
# The schedule leaves each fault ~20 s before the next; scaled to the load's length (150 s by default).
s() { echo $(( $1 * SECONDS_LOAD / 150 )); }

at "$(s 15)"; fault kill-9-instance-1; kill -9 "${inst[1]}"; start_instance 1
at "$(s 40)"; fault pg-restart-fast; pg_primary -m fast restart >/dev/null
at "$(s 62)"; fault pg-restart-immediate; pg_primary -m immediate restart >/dev/null
at "$(s 84)"; fault sigstop-instance-2; kill -STOP "${inst[2]}"; sleep $((LEASE + 10)); kill -CONT "${inst[2]}"; log "SIGCONT instance 2"
at "$(s 118)"
standby_reads=$(SQLP "$SBPORT" "select xact_commit from pg_stat_database where datname = 'annota_faults'")
read_pool=$(SQLP "$SBPORT" "select count(*) from pg_stat_activity where application_name = 'annota-read'")
at "$(s 122)"; fault failover-promote-standby
as_pg "$PGBIN/pg_ctl" -D "$PRIMARY" -m immediate stop >/dev/null; as_pg "$PGBIN/pg_ctl" -D "$STANDBY" -w promote >/dev/null
wait $load || { cat "$OUT/load.log"; exit 1; }
cat "$OUT/load.log"
DB=$SBPORT   # the promoted standby is the primary now

log "counts (database on $DB: the promoted standby)"
PROJECT=$(sed -n 's/^project=//p' "$OUT/run.properties"); SWEEP=$(sed -n 's/^sweepStart=//p' "$OUT/run.properties")
psql -q -h 127.0.0.1 -p "$DB" -U postgres -d annota_faults -v ON_ERROR_STOP=1 <<SQL
create table fault_acks (at_ms bigint, assignment_id uuid, idempotency_key text);
create table fault_claims (at_ms bigint, assignment_id uuid);
\copy fault_acks from '$OUT/acks.csv' csv
\copy fault_claims from '$OUT/claims.csv' csv
SQL
lost=$(SQLP "$DB" "select count(*) from fault_acks k where not exists (select 1 from annotations a where a.assignment_id = k.assignment_id)")
twice=$(SQLP "$DB" "select count(*) from (select item_id from annotations where project_id = '$PROJECT' group by item_id having count(*) > 1) d")
stuck=$(SQLP "$DB" "select count(*) from assignments where project_id = '$PROJECT' and state = 'LEASED' and lease_expires_at < to_timestamp($SWEEP / 1000.0)")
unlogged=$(SQLP "$DB" "select count(distinct k.assignment_id) from fault_claims k where not exists (select 1 from audit_events e where e.assignment_id = k.assignment_id and e.action = 'payload.claim')")
acked=$(wc -l < "$OUT/acks.csv"); claims=$(wc -l < "$OUT/claims.csv"); stored=$(SQLP "$DB" "select count(*) from annotations where project_id = '$PROJECT'")
echo
echo "FAULTS: $claims claims and $acked submits acknowledged; $stored annotations stored"
echo "  acknowledged annotations lost:                 $lost"
echo "  items answered twice (overlap 1):              $twice"
echo "  slots still leased after their lease expired:  $stuck"
echo "  acknowledged claims without access-log event:  $unlogged"
echo "  before the failover, the standby served $standby_reads read transactions over $read_pool read-pool connections"
java -cp "$CP" dev.annota.bench.FaultReport "$OUT" | tee "$OUT/report.txt"

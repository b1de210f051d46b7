#!/usr/bin/env bash
# Starts target/annota.jar for a benchmark on a fresh database, in the foreground (Ctrl-C or kill to stop).
#   bench/server.sh h2  [port]   embedded H2 file database under target/bench-h2/ (wiped first)
#   bench/server.sh pg  [port]   PostgreSQL database annota_bench on 127.0.0.1:5432 (dropped and recreated), owned by
#                                annota_bench_owner (runs migrations), used by annota_bench_app (no table, no BYPASSRLS);
#                                BENCH_DB=name uses another database of the same roles (bench/scale.sh: annota_scale),
#                                BENCH_PGPORT=port another PostgreSQL on 127.0.0.1 (bench/scale.sh's own cluster)
# Demo logins are loaded (ANNOTA_DEMO_DATA=true): the load generator uses the demo manager and workforce admin.
# KEEP_DB=1 keeps the database of the previous run (and so the tokens in a load benchmark's --state file).
# JAVA_OPTS passes JVM flags, e.g. JAVA_OPTS=-Xmx256m; JAR=path runs another build (default target/annota.jar). PGADMIN overrides the superuser connection (default: psql -h 127.0.0.1 -U postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"
db=${1:?h2 or pg}; port=${2:-18080}; shift $(( $# < 2 ? $# : 2 ))  # the rest goes to the app, e.g. --server.tomcat.threads.max=64
export ANNOTA_PORT=$port ANNOTA_DEMO_DATA=true
case "$db" in
  h2)
    [ "${KEEP_DB:-0}" = 1 ] || rm -rf target/bench-h2
    mkdir -p target/bench-h2
    export ANNOTA_DATABASE_URL="jdbc:h2:file:$PWD/target/bench-h2/annota;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    ;;
  pg)
    pgport=${BENCH_PGPORT:-5432}
    PSQL=${PGADMIN:-psql -h 127.0.0.1 -p $pgport -U postgres}
    dbname=${BENCH_DB:-annota_bench}
    [ "${KEEP_DB:-0}" = 1 ] || $PSQL -q -v ON_ERROR_STOP=1 -c "drop database if exists $dbname with (force)" -f bench/roles.sql \
    -c "create database $dbname owner annota_bench_owner"
    export ANNOTA_DATABASE_URL=jdbc:postgresql://127.0.0.1:$pgport/$dbname
    export ANNOTA_DATABASE_USERNAME=annota_bench_app ANNOTA_DATABASE_PASSWORD=annota-bench
    export ANNOTA_MIGRATION_USERNAME=annota_bench_owner ANNOTA_MIGRATION_PASSWORD=annota-bench
    ;;
  *) echo "h2 or pg" >&2; exit 2 ;;
esac
exec java ${JAVA_OPTS:-} -jar "${JAR:-target/annota.jar}" "$@"

#!/usr/bin/env bash
# Runs the load benchmark against a running server (see docs/benchmarks.md); LOAD_JAVA_OPTS passes JVM flags. E.g.
#   bench/load.sh --url=http://127.0.0.1:18080 --annotators=200 --items=100000 --raw-url=jdbc:postgresql://...
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"
CP=$(bench/build.sh | tail -1)
# The load generator must not time its own pauses: with G1 its young collections took 50-340 ms on this machine (the
# first touch of its heap's pages and two cores shared with the server and PostgreSQL), and every request in flight
# was charged with them. ZGC pauses for well under a millisecond; the heap is touched once at start. LOAD_GC replaces
# these heap and collector flags.
exec java ${LOAD_GC:--Xms2g -Xmx2g -XX:+UseZGC -XX:+AlwaysPreTouch} ${LOAD_JAVA_OPTS:-} -Dlogback.configurationFile=bench/logback.xml -cp "$CP" dev.annota.bench.LoadBenchmark "$@"

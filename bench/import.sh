#!/usr/bin/env bash
# Import/export benchmark against a running PostgreSQL-backed server (bench/server.sh pg), see docs/benchmarks.md:
#   bench/import.sh --items=1000000
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"
CP=$(bench/build.sh | tail -1)
exec java -Xmx1g -Dlogback.configurationFile=bench/logback.xml -cp "$CP" dev.annota.bench.ImportBenchmark "$@"

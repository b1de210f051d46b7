#!/usr/bin/env bash
# Compiles the benchmark tools (bench/src) against the app's test classpath. Not part of target/annota.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"
if [ ! -f target/annota.jar ] || [ "${REBUILD:-0}" = 1 ]; then ./mvnw -q -DskipTests package; fi
if [ ! -f target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
  ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
mkdir -p target/bench-classes
javac --release 21 -nowarn -d target/bench-classes -cp "target/classes:$(cat target/bench-classpath.txt)" $(find bench/src -name '*.java') >&2
echo "target/bench-classes:target/classes:$(cat target/bench-classpath.txt)"

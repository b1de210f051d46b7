# Sourced by the scripts that start servers and load them (all.sh, ab.sh): from the repository's root, with the JDK on
# the PATH, the server jar and the bench classes built, and wait_up PORT, which waits (2 minutes at most) for the
# server on that port to answer its health check.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"
[ -f target/annota.jar ] || ./mvnw -q -DskipTests package
bench/build.sh >/dev/null

wait_up() { for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null && return 0; sleep 1; done; return 1; }

# Shared by scripts/backup-restore-check.sh and scripts/upgrade-fixture.sh (sourced, not run): a PostgreSQL database
# set up as docs/configuration.md says (an owner role running migrations, an application role bound by row-level
# security), target/annota.jar started on it, and API calls as the demo users.
# PGADMIN overrides the superuser connection (default: psql -h 127.0.0.1 -U postgres).

PSQL=${PGADMIN:-psql -h 127.0.0.1 -U postgres}
PG_OWNER=${PG_OWNER:-annota_test_owner}
PG_APP=${PG_APP:-annota_test_app}
PG_PASSWORD=${PG_PASSWORD:-annota-test}
DEMO_PASSWORD=annota-demo-password

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }

ops_java() {
  if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
  [ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
  command -v jq >/dev/null || { log "installing jq"; apt-get install -y -qq jq >/dev/null; }
  command -v pg_dump >/dev/null || { log "installing postgresql-client"; apt-get install -y -qq postgresql-client >/dev/null; }
  if [ ! -f target/annota.jar ] || [ "${BUILD:-1}" = 1 ]; then
    log "building target/annota.jar"
    ./mvnw -B -q -DskipTests package >&2
  fi
}

# new_database NAME: an empty database owned by the owner role (both roles created when missing).
new_database() {
  $PSQL -q -v ON_ERROR_STOP=1 <<SQL
drop database if exists $1 with (force);
do \$\$ begin
  if not exists (select 1 from pg_roles where rolname = '$PG_OWNER') then
    create role $PG_OWNER login password '$PG_PASSWORD' nosuperuser nobypassrls nocreatedb nocreaterole;
  end if;
  if not exists (select 1 from pg_roles where rolname = '$PG_APP') then
    create role $PG_APP login password '$PG_PASSWORD' nosuperuser nobypassrls nocreatedb nocreaterole;
  end if;
end \$\$;
create database $1 owner $PG_OWNER;
SQL
}

# start_app DATABASE KEYDIR PORT [--spring.options...]: target/annota.jar in the background, its keys under KEYDIR;
# sets APP_PID and BASE, waits until the readiness probe answers UP.
start_app() {
  local db=$1 keys=$2 port=$3; shift 3
  mkdir -p "$keys"
  ANNOTA_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$db \
  ANNOTA_DATABASE_USERNAME=$PG_APP ANNOTA_DATABASE_PASSWORD=$PG_PASSWORD \
  ANNOTA_MIGRATION_USERNAME=$PG_OWNER ANNOTA_MIGRATION_PASSWORD=$PG_PASSWORD \
  ANNOTA_MASTER_KEY_FILE=$keys/master-key.json ANNOTA_TENANT_KEY_DIR=$keys/tenant-keys \
  ANNOTA_AUDIT_KEY_FILE=$keys/audit-signing-key.json ANNOTA_AUDIT_SIGNER_STATE_DIR=$keys/audit-signer-state \
  ANNOTA_PORT=$port ANNOTA_DRAIN_DELAY=0s \
    java -Xmx512m -jar target/annota.jar --spring.main.banner-mode=off "$@" >"$keys/../app-$port.log" 2>&1 &
  APP_PID=$!
  BASE=http://127.0.0.1:$port
  for _ in $(seq 1 180); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$keys/../app-$port.log" >&2; fail "the application stopped"; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ]; then return 0; fi
    sleep 1
  done
  fail "the application did not become ready"
}

stop_app() {
  [ -n "${APP_PID:-}" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

# token EMAIL: logs in with the demo password and prints a new personal API token (one day).
token() {
  local jar csrf xsrf
  jar=$(mktemp)
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$DEMO_PASSWORD" \
       --data-urlencode "_csrf=$csrf" "$BASE/login"
  curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/login"
  xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar")
  curl -s -b "$jar" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
       -d '{"name":"operations script","expiresInDays":1}' "$BASE/api/v1/tokens" | jq -er .secret \
    || fail "could not log in as $1"
  rm -f "$jar"
}

# api TOKEN METHOD PATH [curl options]: the body; fails on a status >= 400.
api() {
  local tok=$1 method=$2 path=$3; shift 3
  curl -sf -X "$method" -H "Authorization: Bearer $tok" "$@" "$BASE$path" || fail "$method $path"
}

demo_project() {
  api "$1" GET /api/v1/projects | jq -er '.[] | select(.name == "Support replies: safety triage") | .id'
}

# work TOKEN PROJECT N: claims and submits N tasks (label "safe"), then claims and skips one.
work() {
  local tok=$1 project=$2 n=$3 assignment
  for _ in $(seq 1 "$n"); do
    assignment=$(api "$tok" POST "/api/v1/projects/$project/tasks/next" | jq -er .assignmentId)
    api "$tok" POST "/api/v1/projects/$project/assignments/$assignment/annotation" -H 'Content-Type: application/json' \
        -d '{"category":"safe"}' >/dev/null
  done
  assignment=$(api "$tok" POST "/api/v1/projects/$project/tasks/next" | jq -er .assignmentId)
  api "$tok" POST "/api/v1/projects/$project/assignments/$assignment/skip" >/dev/null
}

# verify_audit TOKEN DIR: downloads the organization's access log and checks it offline with `audit verify`.
verify_audit() {
  local tok=$1 dir=$2 from=0 next
  mkdir -p "$dir"
  api "$tok" POST /api/v1/audit/checkpoint >/dev/null
  api "$tok" GET /api/v1/audit/checkpoint >"$dir/checkpoint.txt"
  api "$tok" GET /api/v1/audit/public-key.pem >"$dir/key.pem"
  : >"$dir/events.jsonl"
  while :; do
    next=$(curl -sf -D - -o "$dir/page.jsonl" -H "Authorization: Bearer $tok" "$BASE/api/v1/audit/events?from=$from&limit=10000" \
           | tr -d '\r' | sed -n 's/^[Aa]udit-[Nn]ext-[Ff]rom: //p')
    cat "$dir/page.jsonl" >>"$dir/events.jsonl"
    [ -n "$next" ] || break
    from=$next
  done
  java -jar target/annota.jar audit verify --public-key "$dir/key.pem" --events "$dir/events.jsonl" \
       --checkpoint "$dir/checkpoint.txt" >&2
}

# reencrypt_all TOKEN ORG: rotates the organization's keys and waits for the re-encryption job, which opens every
# value the organization's keys sealed; fails unless every row re-encrypted (rowsFailed 0).
reencrypt_all() {
  local tok=$1 org=$2 rotation state
  state=$(api "$tok" GET "/api/v1/organizations/$org/keys")
  if [ "$(jq -r .state <<<"$state")" = NONE ]; then
    log "organization $org: no keyset (it never sealed anything)"
    return 0
  fi
  [ "$(jq -r .keyEncryptionKey <<<"$state")" != MISSING ] || fail "organization $org: its tenant key file is missing"
  rotation=$(api "$tok" POST "/api/v1/organizations/$org/keys/rotate" | jq -er .id)
  for _ in $(seq 1 120); do
    state=$(api "$tok" GET "/api/v1/organizations/$org/keys/rotations/$rotation")
    if [ "$(jq -r .state <<<"$state")" = DONE ]; then
      [ "$(jq -r .rowsFailed <<<"$state")" = 0 ] || fail "organization $org: $(jq -c . <<<"$state")"
      log "organization $org: $(jq -r .rowsScanned <<<"$state") sealed rows opened and re-encrypted, none failed"
      return 0
    fi
    sleep 1
  done
  fail "re-encryption of $org did not finish"
}

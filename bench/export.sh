#!/usr/bin/env bash
# Export against PostgreSQL's own COPY of the same join, in one run (docs/benchmarks.md "Export against COPY"):
#   bench/export.sh                       # 1,000,000 labels, 3 rounds; loading takes minutes on a fresh database
#   KEEP_DB=1 bench/export.sh             # reuses the loaded database of the previous run (no loading)
# Makes its own database (EXPORT_DB, default annota_export, dropped and recreated; roles annota_bench_owner and
# annota_bench_app as bench/server.sh makes them), starts target/annota.jar (JAR=other.jar) on EXPORT_PORT (default
# 18317) with the heap capped (EXPORT_JAVA_OPTS, default -Xmx512m), loads ITEMS (default 1,000,000) items through the
# import API and one answer per item by SQL, has a key rotation's re-encryption job seal every answer (the upgrade
# path from plaintext: afterwards every payload, external id and answer is sealed, as in production), then
# alternates, ROUNDS times (default 3) after one untimed warm-up of each:
#   the export:  curl GET /api/v1/projects/{id}/export (default jsonl; EXPORT_QUERY=format=csv etc. for others)
#   the baseline: psql as the application role, tenant set (row-level security applies), COPY (the export's own
#                 select: same columns, same join, same order) TO STDOUT, into /dev/null as curl's output is.
# Prints both times per round and the ratio COPY / export (1.0: as fast as COPY; the target is >= 0.7).
# PGADMIN overrides the superuser connection (default: psql -h 127.0.0.1 -U postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"
DB=${EXPORT_DB:-annota_export}; PORT=${EXPORT_PORT:-18317}; ITEMS=${ITEMS:-1000000}; ROUNDS=${ROUNDS:-3}
QUERY=${EXPORT_QUERY:-}
PSQL=${PGADMIN:-psql -h 127.0.0.1 -U postgres}
URL=http://127.0.0.1:$PORT
WORK=target/bench-export; mkdir -p "$WORK"
[ -f target/annota.jar ] || ./mvnw -q -DskipTests package

if [ "${KEEP_DB:-0}" != 1 ]; then
  $PSQL -q -v ON_ERROR_STOP=1 -c "drop database if exists $DB with (force)" -f bench/roles.sql \
    -c "create database $DB owner annota_bench_owner"
fi

curl -s "$URL/readyz" >/dev/null && { echo "port $PORT is taken: EXPORT_PORT=..." >&2; exit 1; }
ANNOTA_PORT=$PORT ANNOTA_DEMO_DATA=true ANNOTA_CRYPTO_ACCEPT_PLAINTEXT=true ANNOTA_REENCRYPT_INTERVAL=1s \
  ANNOTA_REENCRYPT_BATCH_SIZE=5000 ANNOTA_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/$DB \
  ANNOTA_DATABASE_USERNAME=annota_bench_app ANNOTA_DATABASE_PASSWORD=annota-bench \
  ANNOTA_MIGRATION_USERNAME=annota_bench_owner ANNOTA_MIGRATION_PASSWORD=annota-bench \
  java ${EXPORT_JAVA_OPTS:--Xmx512m} -Xlog:gc:file=$WORK/gc.log -jar "${JAR:-target/annota.jar}" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'rc=$?; kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; exit $rc' EXIT
for _ in $(seq 1 180); do curl -sf "$URL/readyz" >/dev/null && break; sleep 1; done
curl -sf "$URL/readyz" >/dev/null || { echo "server not up, see $WORK/server.log" >&2; exit 1; }

# A personal token the way a person gets one: form login (CSRF), then POST /api/v1/tokens.
token() {
  local jar=$WORK/cookies.txt csrf xsrf; rm -f "$jar"
  csrf=$(curl -sf -c "$jar" -b "$jar" "$URL/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode password=annota-demo-password \
    --data-urlencode "_csrf=$csrf" "$URL/login"
  curl -sf -o /dev/null -c "$jar" -b "$jar" "$URL/login"
  xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
  curl -sf -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
    -d '{"name":"export benchmark","expiresInDays":1}' "$URL/api/v1/tokens" | jq -r .secret
}
TOKEN=$(token manager@helios.example)
auth=(-H "Authorization: Bearer $TOKEN")
TENANT=$(curl -sf "${auth[@]}" "$URL/api/v1/me" | jq -r .orgId)
owner_sql() { PGPASSWORD=annota-bench psql -h 127.0.0.1 -U annota_bench_owner -d "$DB" -q -v ON_ERROR_STOP=1 "$@"; }

if [ "${KEEP_DB:-0}" = 1 ] && [ -f "$WORK/project" ]; then
  PROJECT=$(cat "$WORK/project")
else
  PROJECT=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d '{"name":"Export benchmark","taskType":"text-classification",
    "schema":{"questions":[{"name":"label","type":"choice","options":["a","b","c"]}]},"overlap":1}' \
    "$URL/api/v1/projects" | jq -r .id)
  echo "$PROJECT" > "$WORK/project"
  t0=$(date +%s)
  # 1. The items through the import API (its COPY path): payloads and external ids sealed as in production.
  awk -v n=$ITEMS 'BEGIN { for (i = 0; i < n; i++)
    printf "{\"external_id\":\"review-%d\",\"data\":{\"text\":\"Review %d: the kettle boils quickly, the lid is loose and the handle gets warm after a few minutes of use; would buy again at that price.\"}}\n", i, i }' \
    > "$WORK/items.jsonl"
  curl -sf "${auth[@]}" -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/items.jsonl" \
    "$URL/api/v1/projects/$PROJECT/items" | jq -c '{received, added}' >&2
  # 2. One answer per item by SQL (1M submits over HTTP would take an hour), in plaintext: the server runs in the
  #    upgrade mode that accepts plaintext (ANNOTA_CRYPTO_ACCEPT_PLAINTEXT) only until ...
  owner_sql <<SQL
begin;
set local app.tenant_id = '$TENANT';
insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version, answer, created_at)
select tenant_id, gen_random_uuid(), project_id, id, gen_random_uuid(), gen_random_uuid(), 1,
       '{"label":"' || (array['a','b','c'])[1 + (abs(hashtext(id::text)) % 3)] || '"}', now() - interval '1 day'
from items where tenant_id = '$TENANT' and project_id = '$PROJECT';
commit;
SQL
  # 3. ... a key rotation's re-encryption job has sealed every answer (the upgrade path of docs/security.md). The job
  #    goes on to re-key the payloads, which are sealed already (under the previous key, still readable): once no
  #    answer is plaintext it is set aside (SUPERSEDED, as a newer rotation would), so it takes no CPU from the runs.
  ADMIN=$(token admin@helios.example)
  rotation=$(curl -sf -H "Authorization: Bearer $ADMIN" -X POST "$URL/api/v1/organizations/$TENANT/keys/rotate" | jq -r .id)
  plain() { owner_sql -At -c "set app.tenant_id = '$TENANT'" -c "select count(*) from annotations where answer not like 'v1:%'" | tail -1; }
  while [ "$(plain)" != 0 ]; do sleep 10; done
  owner_sql -c "set app.tenant_id = '$TENANT'" \
    -c "update key_rotations set state = 'SUPERSEDED', finished_at = now() where id = '$rotation' and state = 'RUNNING'"
  sleep 5 # the batch in flight
  echo "loaded $ITEMS items with one sealed answer each in $(( $(date +%s) - t0 )) s" >&2
  # The rotation rewrote every row: VACUUM FULL drops the dead versions, ANALYZE stands in for autovacuum (off here).
  owner_sql -c "vacuum full items" -c "vacuum full annotations" -c "vacuum (analyze) items, annotations"
fi

# The export's own statement (LabelExport, jsonl), as the application role, its tenant set.
copy_sql="begin;
set local app.tenant_id = '$TENANT';
copy (select i.id, i.external_id, i.payload, i.state, a.id, a.annotator_id, a.answer, a.schema_version, a.created_at,
             i.predictions, a.prediction_changed, a.derived, a.supersedes, i.gold_answer,
             a.source, a.original_id, a.original_author
      from items i join annotations a on a.tenant_id = i.tenant_id and a.project_id = i.project_id and a.item_id = i.id
      where i.tenant_id = '$TENANT' and i.project_id = '$PROJECT'
      order by i.id, a.created_at) to stdout;
commit;"
now() { date +%s.%N; }
run_copy() {
  local t; t=$(now)
  PGPASSWORD=annota-bench psql -h 127.0.0.1 -U annota_bench_app -d "$DB" -q -v ON_ERROR_STOP=1 -f - >/dev/null <<<"$copy_sql"
  echo "$(now) - $t" | bc
}
run_export() {
  local out code
  out=$(curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}' "${auth[@]}" "$URL/api/v1/projects/$PROJECT/export${QUERY:+?$QUERY}")
  code=${out%% *}; [ "$code" = 200 ] || { echo "export answered $code" >&2; exit 1; }
  echo "${out#* }"
}
bytes_copy=$(PGPASSWORD=annota-bench psql -h 127.0.0.1 -U annota_bench_app -d "$DB" -q -f - <<<"$copy_sql" | wc -c)
warm=$(run_export)
echo "export benchmark: $ITEMS labels, export ${QUERY:-format=jsonl} ${warm% *} bytes, COPY ${bytes_copy} bytes; warm-up export ${warm#* } s, nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
ratios=()
for ((r = 1; r <= ROUNDS; r++)); do
  if (( r % 2 )); then c=$(run_copy); e=$(run_export); else e=$(run_export); c=$(run_copy); fi
  e=${e#* }
  ratio=$(echo "scale=2; $c / $e" | bc)
  ratios+=("$ratio")
  printf 'round %d: export %.2f s, COPY %.2f s, COPY/export %s\n' "$r" "$e" "$c" "$ratio"
done
echo "EXPORT SPEED / COPY SPEED per round: ${ratios[*]} (median $(printf '%s\n' "${ratios[@]}" | sort -n | sed -n "$(( (ROUNDS + 1) / 2 ))p"))"
echo "server heap after each of the last collections: $(sed -n 's/.* \([0-9]*M->[0-9]*M\)(.*/\1/p' "$WORK/gc.log" | tail -5 | tr '\n' ' ')"

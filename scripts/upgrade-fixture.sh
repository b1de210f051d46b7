#!/usr/bin/env bash
# Makes the upgrade fixture of the release in pom.xml (docs/operations.md "Upgrade"): a database made by this
# release's code, with data of every kind, kept under src/test/resources/upgrade/<version>/ so that every later release
# proves it upgrades it (UpgradeFixturesPostgresTests restores each fixture, starts the current code on it — Flyway
# migrates — and checks that nothing was lost and everything still opens and verifies).
#   annota.dump    plain-text pg_dump of the database (generated data, not source: named .dump, not .sql) (roles annota_test_owner / annota_test_app, as the tests use)
#   keys/          the master key, the tenant key files, the audit signing key and the signer's state (test keys)
#   counts.tsv     rows per table when the dump was made
#   export.jsonl   the demo project's export then
# Data: the demo data (organizations of every kind, users of every role, a project of every task type with items,
# images, guidelines, vendor engagement), then review settings, a budget, gold items, a witness with failed deliveries,
# annotators' claims, submits and skips, review decisions (accepted, rejected: a rework), an export, a key rotation
# with its re-encryption, API tokens and signed access log checkpoints.
# Run it on the release's commit, once: ./scripts/upgrade-fixture.sh (needs the local PostgreSQL, as the tests do).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ops-lib.sh
source scripts/ops-lib.sh
ops_java

version=$(grep -m2 '<version>' pom.xml | tail -1 | sed 's:.*<version>\(.*\)</version>.*:\1:')
case "$version" in *SNAPSHOT*) fail "pom.xml names $version: make the fixture of a release" ;; esac
out=src/test/resources/upgrade/$version
work_dir=$(mktemp -d /tmp/annota-fixture-XXXXXX)
db=annota_fixture
cleanup() { stop_app; $PSQL -q -c "drop database if exists $db with (force)" || true; rm -rf "$work_dir"; }
trap cleanup EXIT

log "release $version: database $db"
new_database "$db"
start_app "$db" "$work_dir/keys" 18183 --annota.demo-data=true --annota.audit.checkpoint-interval=1s \
  --annota.crypto.reencrypt-interval=1s --annota.webhooks.allowed-hosts=127.0.0.1
manager=$(token manager@helios.example)
project=$(demo_project "$manager")
admin=$(token admin@helios.example)
# Review of every answer, a budget, gold items, a witness (on a closed port: its deliveries fail and are retried).
api "$manager" PUT "/api/v1/projects/$project/review/settings" -H 'Content-Type: application/json' \
    -d '{"stages":"REVIEW","reviewShare":100}' >/dev/null
api "$manager" PUT "/api/v1/projects/$project/budget" -H 'Content-Type: application/json' \
    -d '{"amount":"100.00","currency":"EUR","thresholds":[50,100]}' >/dev/null
printf '%s\n' '{"external_id":"gold-1","data":{"text":"Wash your hands before cooking."},"gold":{"category":"safe"}}' \
    '{"external_id":"gold-2","data":{"text":"Mix bleach with vinegar."},"gold":{"category":"unsafe"}}' \
  | api "$manager" POST "/api/v1/projects/$project/items" -H 'Content-Type: application/x-ndjson' --data-binary @- >/dev/null
api "$admin" POST /api/v1/audit/witnesses -H 'Content-Type: application/json' -d '{"url":"http://127.0.0.1:9/witness"}' >/dev/null
work "$(token annotator@northwind.example)" "$project" 5
work "$(token annotator2@northwind.example)" "$project" 4
work "$(token annotator@helios.example)" "$project" 3
reviewer=$(token reviewer@helios.example)
for decision in ACCEPT REJECT ACCEPT; do
  for _ in $(seq 1 20); do
    review=$(curl -s -X POST -H "Authorization: Bearer $reviewer" "$BASE/api/v1/projects/$project/reviews/next")
    [ -n "$review" ] && jq -e .reviewId <<<"$review" >/dev/null 2>&1 && break
    sleep 0.5
  done
  api "$reviewer" POST "/api/v1/projects/$project/reviews/$(jq -r .reviewId <<<"$review")/decision" \
      -H 'Content-Type: application/json' \
      -d "{\"decision\":\"$decision\",\"fencingToken\":$(jq -r .fencingToken <<<"$review"),\"feedback\":\"Checked.\"}" >/dev/null
done
reencrypt_all "$admin" "$(api "$admin" GET /api/v1/me | jq -er .orgId)"
for email in admin@helios.example admin@northwind.example operator@annota.local; do
  api "$(token "$email")" POST /api/v1/audit/checkpoint >/dev/null
done
api "$manager" GET "/api/v1/projects/$project/export" >"$work_dir/export.jsonl"
stop_app

rm -rf "$out"
mkdir -p "$out/keys"
${PGDUMP:-pg_dump -h 127.0.0.1 -U postgres} --format=plain --no-comments --file="$out/annota.dump" "$db"
cp -r "$work_dir/keys/master-key.json" "$work_dir/keys/audit-signing-key.json" "$work_dir/keys/tenant-keys" \
      "$work_dir/keys/audit-signer-state" "$out/keys/"
cp "$work_dir/export.jsonl" "$out/export.jsonl"
$PSQL -d "$db" -At -F $'\t' <<'SQL' >"$out/counts.tsv"
select format('select %L, count(*) from %I', table_name, table_name) from information_schema.tables
where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
\gexec
SQL
log "fixture in $out: $(du -sh "$out" | cut -f1), $(wc -l <"$out/counts.tsv") tables"

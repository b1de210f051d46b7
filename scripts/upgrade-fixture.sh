#!/usr/bin/env bash
# Makes the upgrade fixture of the release in pom.xml (docs/operations.md "Upgrade"): a database made by this
# release's code, with data of every kind, kept under src/test/resources/upgrade/<version>/ so that every later release
# proves it upgrades it (UpgradeFixturesPostgresTests restores each fixture, starts the current code on it — Flyway
# migrates — and checks that nothing was lost and everything still opens and verifies).
#   annota.sql     plain pg_dump of the database (roles annota_test_owner / annota_test_app, as the tests use)
#   keys/          the master key, the tenant key files, the audit signing key and the signer's state (test keys)
#   counts.tsv     rows per table when the dump was made
#   export.jsonl   the demo project's export then
# Data: the demo data (organizations of every kind, users of every role, a project of every task type with items,
# images, gold, guidelines, vendor engagement), then annotators' claims, submits and skips, an export, a key rotation
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
  --annota.crypto.reencrypt-interval=1s
manager=$(token manager@helios.example)
project=$(demo_project "$manager")
work "$(token annotator@northwind.example)" "$project" 5
work "$(token annotator2@northwind.example)" "$project" 4
work "$(token annotator@helios.example)" "$project" 3
admin=$(token admin@helios.example)
reencrypt_all "$admin" "$(api "$admin" GET /api/v1/me | jq -er .orgId)"
for email in admin@helios.example admin@northwind.example operator@annota.local; do
  api "$(token "$email")" POST /api/v1/audit/checkpoint >/dev/null
done
api "$manager" GET "/api/v1/projects/$project/export" >"$work_dir/export.jsonl"
stop_app

rm -rf "$out"
mkdir -p "$out/keys"
${PGDUMP:-pg_dump -h 127.0.0.1 -U postgres} --format=plain --no-comments --file="$out/annota.sql" "$db"
cp -r "$work_dir/keys/master-key.json" "$work_dir/keys/audit-signing-key.json" "$work_dir/keys/tenant-keys" \
      "$work_dir/keys/audit-signer-state" "$out/keys/"
cp "$work_dir/export.jsonl" "$out/export.jsonl"
$PSQL -d "$db" -At -F $'\t' <<'SQL' >"$out/counts.tsv"
select format('select %L, count(*) from %I', table_name, table_name) from information_schema.tables
where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
\gexec
SQL
log "fixture in $out: $(du -sh "$out" | cut -f1), $(wc -l <"$out/counts.tsv") tables"

#!/usr/bin/env bash
# Backup and restore, checked end to end on the local PostgreSQL (docs/operations.md "Back up and restore"):
#   1. target/annota.jar runs on a new database with the demo data; annotators work, a manager exports.
#   2. While it serves, the backup: the audit signer's state, then pg_dump (custom format), then the key files.
#   3. The backup is restored into an empty database, and the jar started on it with the restored key files.
#   4. Checks: every organization's keys open every value they sealed (a rotation's re-encryption job reads each one;
#      none may fail), `audit verify` passes on every organization's access log, the export has what was exported
#      before, and the work queue goes on (claims and submits).
# Prints "backup and restore: OK" at the end; exit status 1 and the failed check otherwise.
# Needs PostgreSQL on 127.0.0.1:5432 reachable as its superuser (PGADMIN overrides: default psql -h 127.0.0.1 -U postgres),
# curl, jq (installed when missing). BUILD=0 reuses target/annota.jar. KEEP=1 keeps the work directory and databases.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ops-lib.sh
source scripts/ops-lib.sh
ops_java

work_dir=$(mktemp -d /tmp/annota-backup-check-XXXXXX)
live=annota_backup_live
restored=annota_backup_restored
cleanup() {
  stop_app
  if [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$work_dir"
    $PSQL -q -c "drop database if exists $live with (force)" -c "drop database if exists $restored with (force)" || true
  fi
}
trap cleanup EXIT

log "1. a live instance on database $live (work directory $work_dir)"
new_database "$live"
start_app "$live" "$work_dir/live/keys" 18181 --annota.demo-data=true --annota.audit.checkpoint-interval=1s
manager=$(token manager@helios.example)
project=$(demo_project "$manager")
work "$(token annotator@northwind.example)" "$project" 4
work "$(token annotator2@northwind.example)" "$project" 3
api "$manager" GET "/api/v1/projects/$project/export" >"$work_dir/export-live.jsonl"
sleep 2 # the checkpoint interval: the work's access log events are sequenced and signed

log "2. the backup, while the instance serves"
backup=$work_dir/backup
mkdir -p "$backup"
# The signer's state first: it must never be ahead of the database it is restored with (docs/operations.md).
cp -r "$work_dir/live/keys/audit-signer-state" "$backup/"
# A superuser (or a BYPASSRLS role): the tables force row-level security, even on their owner.
${PGDUMP:-pg_dump -h 127.0.0.1 -U postgres} --format=custom --file="$backup/annota.dump" "$live"
# The key files after the dump: every organization in the dump has its key file.
cp "$work_dir/live/keys/master-key.json" "$work_dir/live/keys/audit-signing-key.json" "$backup/"
cp -r "$work_dir/live/keys/tenant-keys" "$backup/"
# The instance keeps working after the backup; that work is not in it.
work "$(token annotator@helios.example)" "$project" 1
stop_app
log "   backup: $(du -sh "$backup" | cut -f1) ($(ls "$backup/tenant-keys" | wc -l) tenant key files)"

log "3. restore into the empty database $restored"
new_database "$restored"
${PGRESTORE:-pg_restore -h 127.0.0.1 -U postgres} --exit-on-error --dbname="$restored" "$backup/annota.dump"
keys=$work_dir/restored/keys
mkdir -p "$keys"
cp -r "$backup"/* "$keys/"
rm "$keys/annota.dump"
start_app "$restored" "$keys" 18182 --annota.demo-data=false

log "4. checks on the restored instance"
for email in admin@helios.example admin@northwind.example operator@annota.local; do
  admin=$(token "$email")
  org=$(api "$admin" GET /api/v1/me | jq -er .orgId)
  if [ "$email" != operator@annota.local ]; then
    reencrypt_all "$admin" "$org"
  fi
  verify_audit "$admin" "$work_dir/audit-$org" || fail "audit verify of $email's organization"
  log "organization $org ($email): access log verified"
done
api "$manager" GET "/api/v1/projects/$project/export" >"$work_dir/export-restored.jsonl"
cmp -s <(sort "$work_dir/export-live.jsonl") <(sort "$work_dir/export-restored.jsonl") \
  || fail "the restored export differs from the one made before the backup"
log "export: $(wc -l <"$work_dir/export-restored.jsonl") lines, as before the backup"
work "$(token annotator@northwind.example)" "$project" 2
log "work queue: claims, submits and skips go on"
echo "backup and restore: OK"

-- Integrity alarms of the access log (module audit, docs/security.md "The access log"). The checkpoint signer refuses
-- to sign a tree that does not extend the last checkpoint it signed for the tenant (a history rewritten or rolled back
-- in the database); each refusal is logged at ERROR, counted in the metric annota.audit.integrity.alarms and kept
-- here, where the organization's admins and managers see it (GET /api/v1/audit/alarms, the Access log page). This table
-- is the part a database-level attacker could delete; the log line and the metric are not in the database.
create table access_log_alarms (
    tenant_id      uuid          not null,
    id             uuid          not null,
    raised_at      timestamp with time zone not null,
    -- FORGED_CHECKPOINT, HEAD_MISMATCH, REWRITTEN, ROLLED_BACK, FORKED, LEAVES_MISMATCH, INCOMPLETE
    kind           varchar(40)   not null,
    -- What the signer had signed (size and root) and what the database presented instead.
    signed_size    bigint,
    signed_root    bytea,
    database_size  bigint,
    database_root  bytea,
    detail         varchar(1000) not null,
    primary key (tenant_id, id)
);
create index access_log_alarms_raised on access_log_alarms (tenant_id, raised_at);

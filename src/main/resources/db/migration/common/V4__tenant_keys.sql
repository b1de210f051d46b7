-- Encryption at rest (module dev.annota.crypto).
--
-- tenant_keys: one row per organization whose data is encrypted, holding its Tink keyset (AES-256-GCM keys) encrypted
-- by the master key (a local key file or a KMS key; master_key names which). Tenant-owned like the data it protects:
-- tenant_id is the organization, and on PostgreSQL row-level security (../postgresql/V4_1) lets a transaction see
-- only its own tenant's keyset, so SQL that forgets a tenant filter cannot pick up another tenant's key. Shredding
-- sets keyset to null and keeps the row as a tombstone, so the application answers "shredded" (410), not "no key".
create table tenant_keys (
    tenant_id       uuid          not null,
    keyset          text,
    master_key      varchar(2000) not null,
    version         integer       not null,
    primary_key_id  bigint        not null,
    key_count       integer       not null,
    created_at      timestamp with time zone not null,
    rotated_at      timestamp with time zone,
    shredded_at     timestamp with time zone,
    shredded_by     uuid,
    primary key (tenant_id)
);

-- key_rotations: the re-encryption job of each rotation and its progress. A platform table like project_directory:
-- ids, counters and a cursor only (no key, no data), readable without a tenant so any instance can find pending work
-- before it opens that tenant's transaction. state: RUNNING, DONE, SUPERSEDED (a newer rotation took over),
-- CANCELLED (the keyset was shredded). phase is the column being re-encrypted (table.column), cursor_id the last row
-- id done in it: the job resumes there after a restart.
create table key_rotations (
    id                uuid         not null primary key,
    tenant_id         uuid         not null,
    keyset_version    integer      not null,
    state             varchar(12)  not null,
    phase             varchar(130),
    cursor_id         uuid,
    rows_total        bigint       not null,
    rows_scanned      bigint       not null,
    rows_reencrypted  bigint       not null,
    rows_failed       bigint       not null,
    requested_by      uuid         not null,
    started_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    finished_at       timestamp with time zone
);
create index key_rotations_tenant on key_rotations (tenant_id, started_at);
create index key_rotations_running on key_rotations (state, started_at);

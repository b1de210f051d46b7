-- Witnesses of the access log (module audit, docs/security.md "Witnesses"): URLs an organization's admin names, to
-- which every checkpoint signed for the organization is POSTed as it is signed (Standard Webhooks signature), so the
-- customer keeps its own copy of every checkpoint without polling.
--
-- witnesses: tenant-owned. The signing secret (whsec_…) is sealed under the tenant's keyset (TenantCrypto, column
-- witnesses.secret). state: ACTIVE, or DISABLED after persistent failure (disabled_reason says why).
create table witnesses (
    tenant_id        uuid          not null,
    id               uuid          not null,
    url              varchar(2000) not null,
    secret           text          not null,
    state            varchar(12)   not null,
    created_by       uuid          not null,
    created_at       timestamp with time zone not null,
    secret_rotated_at timestamp with time zone,
    disabled_at      timestamp with time zone,
    disabled_reason  varchar(500),
    primary key (tenant_id, id)
);

-- The outbox: one row per (checkpoint, witness), inserted in the transaction that stores the checkpoint, so a
-- checkpoint never exists without its deliveries and a rolled-back checkpoint is never delivered. state: PENDING
-- (next_attempt_at says when; an instance sending it moves next_attempt_at past its lease first), DELIVERED, FAILED
-- (retried for the whole retry period without success). The note is kept so a delivery needs no other table.
create table witness_deliveries (
    tenant_id        uuid         not null,
    id               uuid         not null,
    witness_id       uuid         not null,
    tree_size        bigint       not null,
    note             text         not null,
    state            varchar(12)  not null,
    attempts         integer      not null,
    created_at       timestamp with time zone not null,
    next_attempt_at  timestamp with time zone not null,
    finished_at      timestamp with time zone,
    primary key (tenant_id, id)
);
create index witness_deliveries_due on witness_deliveries (tenant_id, state, next_attempt_at);
create index witness_deliveries_of_witness on witness_deliveries (tenant_id, witness_id, created_at);

-- The delivery log: one row per attempt (status code or error, time, duration).
create table witness_attempts (
    tenant_id     uuid          not null,
    id            uuid          not null,
    witness_id    uuid          not null,
    delivery_id   uuid          not null,
    tree_size     bigint        not null,
    attempted_at  timestamp with time zone not null,
    status_code   integer,
    error         varchar(500),
    duration_ms   bigint        not null,
    primary key (tenant_id, id)
);
create index witness_attempts_of_witness on witness_attempts (tenant_id, witness_id, attempted_at);

-- Platform table like key_rotations: ids and a time only (no URL, no note), readable without a tenant, so any instance
-- finds the tenants with deliveries due before it opens that tenant's transaction. Kept with the delivery row in the
-- same transactions; a row whose delivery is gone (its organization deleted) is dropped by the next sweep.
create table witness_due (
    delivery_id  uuid  not null primary key,
    tenant_id    uuid  not null,
    due_at       timestamp with time zone not null
);
create index witness_due_at on witness_due (due_at);

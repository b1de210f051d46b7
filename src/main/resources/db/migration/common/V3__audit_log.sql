-- The tamper-evident access log (module audit, docs/security.md). Per tenant, an append-only list of events that is
-- an RFC 9162 Merkle tree. Events never hold payload text: who, what, under which assignment, when.
--
-- An event is inserted with seq null inside the transaction that showed the payload (so an acknowledged view is never
-- missing), then the sequencer, holding the tenant's audit_heads row FOR UPDATE, gives pending events their position
-- (seq) and leaf hash in batches and signs a checkpoint. Sequencing is what must be serial; recording is not.
create table audit_events (
    tenant_id      uuid         not null,
    id             uuid         not null,
    seq            bigint,
    occurred_at    timestamp with time zone not null,
    action         varchar(40)  not null,
    actor_id       uuid         not null,
    actor_org_id   uuid         not null,
    project_id     uuid,
    item_id        uuid,
    assignment_id  uuid,
    item_count     bigint       not null,
    target_id      uuid,
    detail         varchar(500),
    -- SHA-256(0x00 || entry), entry being the event's canonical JSON line (AuditEntry): kept so roots and proofs
    -- are computed from the database without re-serializing every event.
    leaf_hash      bytea,
    primary key (tenant_id, id)
);
-- One event per position: two sequencers can never give the same index twice, whatever the number of instances.
create unique index audit_events_seq on audit_events (tenant_id, seq);
create index audit_events_item on audit_events (tenant_id, project_id, item_id);

-- The head of each tenant's log: the tree size and its right frontier (the roots of its perfect subtrees, 32 bytes
-- each, largest first), enough to extend the tree and compute its root without reading earlier leaves.
create table audit_heads (
    tenant_id   uuid    not null,
    tree_size   bigint  not null,
    frontier    bytea   not null,
    updated_at  timestamp with time zone not null,
    primary key (tenant_id)
);

-- Signed checkpoints (C2SP signed notes over origin, tree size and root hash), kept so a customer can fetch any
-- earlier one and a consistency proof to it.
create table audit_checkpoints (
    tenant_id   uuid    not null,
    tree_size   bigint  not null,
    root_hash   bytea   not null,
    note        text    not null,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, tree_size)
);

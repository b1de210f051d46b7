-- Organization deletion (docs/security.md "Deleting an organization"). Deleting an organization removes every row it
-- owns, its access log's events included: they name its people, items and assignments, which the customer asked to be
-- deleted. What stays is this platform row per deleted organization: the last signed checkpoint of its log, whose
-- final event is the deletion itself. It holds no event, only the tree size, the root and the server's signature over
-- them, so a checkpoint or downloaded log the customer kept can still be compared with what the server last committed
-- to (and the server cannot later claim a different history). Platform table (no tenant_id first, no row-level
-- security): the tenant it belonged to no longer exists, and no API serves it to anyone.
create table audit_final_checkpoints (
    org_id      uuid    not null primary key,
    tree_size   bigint  not null,
    root_hash   bytea   not null,
    note        text    not null,
    deleted_at  timestamp with time zone not null,
    deleted_by  uuid    not null
);

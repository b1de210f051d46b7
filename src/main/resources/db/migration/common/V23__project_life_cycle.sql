-- The project's life cycle (docs/projects.md): ACTIVE, PAUSED (no claims; leases in flight may still be submitted) or
-- ARCHIVED (read-only); status_note is the one line annotators are shown while it is paused. A deleted project keeps
-- its rows, hidden, until the grace period ends: deleted_at marks it, project_deletions lists it for the purge.
alter table projects add column status varchar(10) default 'ACTIVE' not null;
alter table projects add column status_note varchar(300);
alter table projects add column deleted_at timestamp with time zone;

-- Platform rows (no tenant first in the key, no row-level security): the scheduled purge must find due deletions of
-- every tenant before it opens each tenant's transaction, as project_directory finds a project's tenant.
create table project_deletions (
    project_id   uuid not null,
    tenant_id    uuid not null,
    deleted_by   uuid not null,
    deleted_at   timestamp with time zone not null,
    purge_after  timestamp with time zone not null,
    primary key (project_id)
);
create index project_deletions_due on project_deletions (purge_after);

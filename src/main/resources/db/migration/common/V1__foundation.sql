-- Annota foundation schema. Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL 15.
-- Platform tables (organizations, users, tokens, the project directory) hold no customer data and carry no
-- tenant_id. Every tenant-owned table leads its primary key with tenant_id, the owning customer organization,
-- so the schema can be distributed by tenant; PostgreSQL row-level security on them lives in ../postgresql.

create table organizations (
    id          uuid         not null primary key,
    kind        varchar(16)  not null,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    constraint organizations_name unique (name)
);

create table users (
    id             uuid         not null primary key,
    org_id         uuid         not null references organizations (id),
    email          varchar(320) not null,
    display_name   varchar(200) not null,
    password_hash  varchar(200),
    roles          varchar(100) not null,
    enabled        boolean      not null,
    failed_logins  integer      not null,
    locked_until   timestamp with time zone,
    created_at     timestamp with time zone not null,
    constraint users_email unique (email)
);
create index users_org on users (org_id);

create table api_tokens (
    id            uuid         not null primary key,
    user_id       uuid         not null references users (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    last_used_at  timestamp with time zone,
    constraint api_tokens_hash unique (token_hash)
);
create index api_tokens_user on api_tokens (user_id);

-- Routing directory: which organizations may work on which project, and which tenant owns it. Ids only, so it
-- can be read before the tenant is known (to open the right tenant's transaction) without revealing anything.
create table project_directory (
    project_id  uuid not null,
    org_id      uuid not null,
    tenant_id   uuid not null,
    primary key (project_id, org_id)
);
create index project_directory_org on project_directory (org_id);

create table projects (
    tenant_id       uuid         not null,
    id              uuid         not null,
    name            varchar(200) not null,
    guidelines      text         not null,
    task_type       varchar(40)  not null,
    schema_version  integer      not null,
    overlap         integer      not null,
    lease_seconds   integer      not null,
    priority        integer      not null,
    created_by      uuid         not null,
    created_at      timestamp with time zone not null,
    primary key (tenant_id, id)
);

create table label_schemas (
    tenant_id   uuid    not null,
    project_id  uuid    not null,
    version     integer not null,
    body        text    not null,
    created_by  uuid    not null,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, project_id, version)
);

create table engagements (
    tenant_id         uuid    not null,
    project_id        uuid    not null,
    workforce_org_id  uuid    not null,
    created_by        uuid    not null,
    created_at        timestamp with time zone not null,
    primary key (tenant_id, project_id, workforce_org_id)
);

-- One row per item. The queue columns (state, open_slots, done_count) sit beside the payload so a claim
-- touches one row; state is OPEN (a slot is free), FULL (every slot leased or done) or DONE (overlap reached).
create table items (
    tenant_id    uuid         not null,
    id           uuid         not null,
    project_id   uuid         not null,
    external_id  varchar(200),
    payload      text         not null,
    state        varchar(8)   not null,
    open_slots   integer      not null,
    done_count   integer      not null,
    created_at   timestamp with time zone not null,
    primary key (tenant_id, id)
);
create unique index items_external_id on items (tenant_id, project_id, external_id);
create index items_queue on items (tenant_id, project_id, state, id);

-- An annotator's claim of a slot. The unique index is the rule "an annotator never gets the same item twice",
-- held by the database whatever the number of application instances.
create table assignments (
    tenant_id         uuid        not null,
    id                uuid        not null,
    project_id        uuid        not null,
    item_id           uuid        not null,
    annotator_id      uuid        not null,
    state             varchar(10) not null,
    claimed_at        timestamp with time zone not null,
    lease_expires_at  timestamp with time zone not null,
    ended_at          timestamp with time zone,
    primary key (tenant_id, id)
);
create unique index assignments_once on assignments (tenant_id, item_id, annotator_id);
create index assignments_leases on assignments (tenant_id, project_id, state, lease_expires_at);
create index assignments_annotator on assignments (tenant_id, annotator_id, project_id, state);

create table annotations (
    tenant_id        uuid         not null,
    id               uuid         not null,
    project_id       uuid         not null,
    item_id          uuid         not null,
    assignment_id    uuid         not null,
    annotator_id     uuid         not null,
    schema_version   integer      not null,
    answer           text         not null,
    idempotency_key  varchar(100),
    created_at       timestamp with time zone not null,
    primary key (tenant_id, id)
);
create unique index annotations_assignment on annotations (tenant_id, assignment_id);
create unique index annotations_idempotency on annotations (tenant_id, annotator_id, idempotency_key);
create index annotations_item on annotations (tenant_id, project_id, item_id);

-- Conflict-of-interest walls (module conflict, docs/security.md "Conflict walls"), the Brewer–Nash model.
--
-- Platform tables (no tenant_id first, no row-level security): the wall decision for a claim in tenant B must read
-- what the annotator did in tenant A and which customers compete, so these cannot be scoped to one tenant. They hold
-- ids, dates and names chosen for this purpose only (class names, employers an annotator declared), never a payload,
-- a project name or an item id; the API never returns another customer's rows from them (see ConflictController).

-- A conflict class: a set of customers that compete (e.g. "frontier-model labs"). The operator creates classes;
-- a customer's admin joins or leaves them for their own organization.
create table conflict_classes (
    id           uuid          not null primary key,
    name         varchar(200)  not null,
    description  varchar(1000),
    created_by   uuid          not null,
    created_at   timestamp with time zone not null
);
create unique index conflict_classes_name on conflict_classes (name);

create table conflict_class_members (
    class_id   uuid  not null,
    org_id     uuid  not null,
    joined_by  uuid  not null,
    joined_at  timestamp with time zone not null,
    primary key (class_id, org_id)
);
create index conflict_class_members_org on conflict_class_members (org_id);

-- A competitor a customer names itself: an edge of the conflict graph, symmetric in effect (the wall protects both).
create table declared_conflicts (
    org_id             uuid  not null,
    competitor_org_id  uuid  not null,
    declared_by        uuid  not null,
    declared_at        timestamp with time zone not null,
    primary key (org_id, competitor_org_id)
);
create index declared_conflicts_competitor on declared_conflicts (competitor_org_id);

-- A customer's wall policy. cooling_off_days null = the wall lasts forever (the default: no row means forever).
create table wall_policies (
    org_id            uuid     not null primary key,
    cooling_off_days  integer,
    updated_by        uuid     not null,
    updated_at        timestamp with time zone not null
);

-- Which customers' items an annotator has been shown, first and last time: written in the claim's transaction.
-- Ids only. Needed across tenants (the claim in B reads exposures to A), hence a platform table without RLS.
create table annotator_exposures (
    annotator_id  uuid  not null,
    tenant_id     uuid  not null,
    first_seen    timestamp with time zone not null,
    last_seen     timestamp with time zone not null,
    primary key (annotator_id, tenant_id)
);

-- An annotator's declared affiliations (employers, ties), with dates; ended_on null = current.
create table affiliations (
    id           uuid          not null primary key,
    user_id      uuid          not null,
    employer     varchar(200)  not null,
    employer_key varchar(200)  not null,
    started_on   date,
    ended_on     date,
    declared_at  timestamp with time zone not null
);
create index affiliations_user on affiliations (user_id);

-- Tenant-owned: the affiliations a customer excludes, and the refusals the wall made for its projects.
create table excluded_affiliations (
    tenant_id     uuid          not null,
    employer_key  varchar(200)  not null,
    employer      varchar(200)  not null,
    created_by    uuid          not null,
    created_at    timestamp with time zone not null,
    primary key (tenant_id, employer_key)
);

create table wall_refusals (
    tenant_id     uuid          not null,
    id            uuid          not null,
    project_id    uuid          not null,
    annotator_id  uuid          not null,
    annotator_org_id uuid       not null,
    rule          varchar(40)   not null,
    explanation   varchar(1000) not null,
    exposure_first_seen timestamp with time zone,
    exposure_last_seen  timestamp with time zone,
    wall_until    timestamp with time zone,
    refused_at    timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index wall_refusals_project on wall_refusals (tenant_id, project_id, refused_at);

-- Claim rate limit (module work): one counter per annotator per minute window, held in the database so every
-- instance counts the same claims. Ids only; old windows are deleted as new ones are written.
create table claim_windows (
    annotator_id  uuid     not null,
    window_start  timestamp with time zone not null,
    claims        integer  not null,
    primary key (annotator_id, window_start)
);

-- Guidelines versioned like the label schema (module project): every text a manager saves is kept as version n of the
-- project's guidelines, sealed under the tenant's keys like projects.guidelines, bound to its own row id (the
-- re-encryption job rewrites a column through (tenant_id, id)). projects.guidelines stays the current text (the page
-- reads it with the project) and projects.guidelines_version its version. A project made before this migration has
-- no row yet: its version 1 is projects.guidelines, written here on its first change (Projects.changeGuidelines).
create table project_guidelines (
    tenant_id   uuid    not null,
    id          uuid    not null,
    project_id  uuid    not null,
    version     integer not null,
    body        text    not null,
    created_by  uuid    not null,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, project_id, version)
);
create unique index project_guidelines_id on project_guidelines (tenant_id, id);

alter table projects add column guidelines_version integer default 1 not null;

-- Which guidelines version the annotator saw (module annotation): the project's current version when the submit read
-- the project. Null for annotations made before versions were kept.
alter table annotations add column guidelines_version integer;

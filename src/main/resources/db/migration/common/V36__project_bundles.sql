-- Project bundles (module bundle, docs/bundles.md): a project recreated from a bundle made on another instance (or
-- another tenant) keeps where it came from. One row per imported project: the sending instance's access log origin,
-- the source project's id, the fingerprint of the key that signed the bundle's manifest and whether the importer
-- pinned that key, the manifest's SHA-256.
create table bundle_imports (
    tenant_id           uuid         not null,
    project_id          uuid         not null,
    source_project_id   uuid         not null,
    source_origin       varchar(400) not null,
    signer_fingerprint  varchar(80)  not null,
    signer_pinned       boolean      not null,
    manifest_sha256     varchar(64)  not null,
    imported_by         uuid         not null,
    imported_at         timestamp with time zone not null,
    primary key (tenant_id, project_id)
);

-- Every id the import replaced: the new id of a row (or of a person, an organization, an assignment the rows name)
-- and the id it had in the bundle. kind: the bundle entry or role it came from (item, annotation, person...).
create table bundle_provenance (
    tenant_id   uuid        not null,
    project_id  uuid        not null,
    new_id      uuid        not null,
    old_id      uuid        not null,
    kind        varchar(20) not null,
    primary key (tenant_id, project_id, new_id)
);
create index bundle_provenance_old on bundle_provenance (tenant_id, project_id, old_id);

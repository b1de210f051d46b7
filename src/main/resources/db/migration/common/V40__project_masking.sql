-- Personal data masking (module masking, docs/trust.md): per project, the text fields of the item data and the
-- detectors switched on for each, as JSON (MaskingSettings). Tenant-owned; no item data is stored here, only the
-- settings (field paths, detector names, the lab's own patterns), so nothing is sealed.
create table project_masking (
    tenant_id   uuid        not null,
    project_id  uuid        not null,
    settings    text        not null,
    changed_by  uuid        not null,
    changed_at  timestamp with time zone not null,
    primary key (tenant_id, project_id)
);

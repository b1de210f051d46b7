-- Images uploaded to a project (image-boxes items refer to them as {"image": {"upload": "<id>"}}). The bytes and the
-- file name are sealed under the tenant's keyset (TenantCrypto, like item payloads); the media type and the pixel
-- size are read by the server on upload and kept in the clear, since the workbench needs them before opening anything.
create table project_images (
    tenant_id    uuid        not null,
    id           uuid        not null,
    project_id   uuid        not null,
    name         text        not null,
    media_type   varchar(20) not null,
    width        integer     not null,
    height       integer     not null,
    byte_count   bigint      not null,
    content      text        not null,
    uploaded_by  uuid        not null,
    created_at   timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index project_images_project on project_images (tenant_id, project_id, id);

-- The uploaded image an item shows, if any: lets the server decide who may fetch an image (the annotator leasing an
-- item that shows it) without opening sealed payloads.
alter table items add column image_id uuid;

-- Row-level security on project_images (V10), the same policy as V1_2__row_level_security.sql, and the value checks
-- PostgreSQL can hold (H2 keeps none: see V1_3__check_constraints.sql).
alter table project_images enable row level security;
alter table project_images force row level security;
create policy tenant_isolation on project_images
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table project_images add constraint project_images_media_type
    check (media_type in ('image/png', 'image/jpeg', 'image/webp'));
alter table project_images add constraint project_images_size check (width > 0 and height > 0 and byte_count > 0);

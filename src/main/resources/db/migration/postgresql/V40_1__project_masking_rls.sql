-- Row-level security on project_masking (common/V40), the same policy as every tenant-owned table (V1_2).
alter table project_masking enable row level security;
alter table project_masking force row level security;
create policy tenant_isolation on project_masking
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

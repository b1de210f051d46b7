-- Row-level security on project_guidelines (common/V24), the same policy as every tenant-owned table (V1_2). Grants come
-- from V1_2's defaults.
alter table project_guidelines enable row level security;
alter table project_guidelines force row level security;
create policy tenant_isolation on project_guidelines
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

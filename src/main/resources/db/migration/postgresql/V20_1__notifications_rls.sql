-- Row-level security on notifications (common/V20), the same policy as every tenant-owned table (V1_2). Grants come
-- from V1_2's defaults.
alter table notifications enable row level security;
alter table notifications force row level security;
create policy tenant_isolation on notifications
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

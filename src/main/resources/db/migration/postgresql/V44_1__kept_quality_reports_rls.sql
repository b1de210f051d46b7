-- Row-level security on the kept quality reports (common/V44), the policy of every tenant-owned table (V1_2); grants
-- come from V1_2's defaults.
alter table quality_reports enable row level security;
alter table quality_reports force row level security;
create policy tenant_isolation on quality_reports
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

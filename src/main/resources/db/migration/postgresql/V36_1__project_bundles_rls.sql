-- Row-level security on the bundle provenance tables (V36), the same policy as V1_2__row_level_security.sql. The
-- grants to the application role come from the default privileges V1_2 set.
alter table bundle_imports enable row level security;
alter table bundle_imports force row level security;
create policy tenant_isolation on bundle_imports
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table bundle_provenance enable row level security;
alter table bundle_provenance force row level security;
create policy tenant_isolation on bundle_provenance
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

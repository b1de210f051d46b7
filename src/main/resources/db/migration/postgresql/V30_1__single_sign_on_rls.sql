-- Row-level security on the single sign-on configuration, the same policy as V1_2__row_level_security.sql. The grants
-- to the application role come from the default privileges V1_2 set. sso_domains is a platform table (like users).
alter table sso_configurations enable row level security;
alter table sso_configurations force row level security;
create policy tenant_isolation on sso_configurations
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

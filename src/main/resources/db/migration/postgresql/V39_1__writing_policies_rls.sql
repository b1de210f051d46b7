-- Row-level security on writing_policies (V39), the same policy as V1_2__row_level_security.sql. The grants to the
-- application role come from the default privileges V1_2 set.
alter table writing_policies enable row level security;
alter table writing_policies force row level security;
create policy tenant_isolation on writing_policies
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
alter table writing_policies add constraint writing_policies_paste check (paste in ('ALLOW', 'WARN', 'BLOCK'));

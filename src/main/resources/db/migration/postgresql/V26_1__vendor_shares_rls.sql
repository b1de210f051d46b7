-- Row-level security on project_shares (V26), the same policy as V1_2__row_level_security.sql. The grants to the
-- application role come from the default privileges V1_2 set.
alter table project_shares enable row level security;
alter table project_shares force row level security;
create policy tenant_isolation on project_shares
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
alter table project_shares add constraint project_shares_target check (target_percent >= 0 and target_percent <= 100);
alter table project_shares add constraint project_shares_cap check (task_cap is null or task_cap >= 0);

-- The backfill of V26: the migrating role owns assignments but is subject to its policies (FORCE), so without a
-- tenant set it saw no row there. For the statement only, the owner passes the policies.
alter table assignments no force row level security;
update assignments set workforce_org_id = (select u.org_id from users u where u.id = assignments.annotator_id)
where workforce_org_id is null;
alter table assignments force row level security;

-- tenant_keys is tenant-owned: the same policy as every other tenant-owned table (V1_2). The grants to the
-- application role come from the default privileges V1_2 set.
alter table tenant_keys enable row level security;
alter table tenant_keys force row level security;
create policy tenant_isolation on tenant_keys
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Value check on PostgreSQL only (see the note at the top of common/V1__foundation.sql).
alter table key_rotations add constraint key_rotations_state check (state in ('RUNNING', 'DONE', 'SUPERSEDED', 'CANCELLED'));

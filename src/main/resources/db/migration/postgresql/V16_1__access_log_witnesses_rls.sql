-- Row-level security on the witnesses' tenant-owned tables (common/V16), the same policy as every tenant-owned table
-- (V1_2). witness_due is a platform table of ids (like key_rotations): no policy. Grants come from V1_2's defaults.
do $$
declare
    t text;
begin
    foreach t in array array['witnesses', 'witness_deliveries', 'witness_attempts'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

alter table witnesses add constraint witnesses_state check (state in ('ACTIVE', 'DISABLED'));
alter table witness_deliveries add constraint witness_deliveries_state check (state in ('PENDING', 'DELIVERED', 'FAILED'));

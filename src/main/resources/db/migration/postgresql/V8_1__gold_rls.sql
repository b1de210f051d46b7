-- Row-level security on the tenant-owned tables of V8, the same policy as V1_2__row_level_security.sql. The new
-- columns of items and assignments are covered by those tables' existing policies.
do $$
declare
    t text;
begin
    foreach t in array array['quality_settings', 'gold_results'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

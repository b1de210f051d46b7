-- Row-level security on the tenant-owned tables of V19, the same policy as V1_2__row_level_security.sql. The grants
-- to the application role come from the default privileges V1_2 set.
do $$
declare
    t text;
begin
    foreach t in array array['review_settings', 'reviews', 'review_decisions'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

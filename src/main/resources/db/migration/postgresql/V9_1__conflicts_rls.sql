-- Row-level security on the conflict walls' tenant-owned tables, the same policy shape as V1_2__row_level_security.sql.
-- The platform tables of V9 (classes, declared conflicts, policies, exposures, affiliations, claim windows) are read
-- across tenants by design and hold no tenant data beyond ids and dates: see V9__conflicts.sql and docs/security.md.
do $$
declare
    t text;
begin
    foreach t in array array['excluded_affiliations', 'wall_refusals'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

-- Row-level security of V25. A project's requirements: the usual policy (V19_1). The profile tables and
-- workforce_settings belong to the person's organization, but the claim runs in the project's customer's
-- transaction and the customer's managers see the people of the workforces they engage: their rows are readable in
-- a transaction of a customer that engages their organization on some project, and written only in their own.
do $$
declare
    t text;
begin
    execute 'alter table project_requirements enable row level security';
    execute 'alter table project_requirements force row level security';
    execute 'create policy tenant_isolation on project_requirements using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
            || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)';
    foreach t in array array['annotator_profiles', 'annotator_skills', 'annotator_languages', 'annotator_credentials',
                             'workforce_settings'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy engaged_read on %I for select using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid '
                       || 'or exists (select 1 from engagements e where e.tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid '
                       || 'and e.workforce_org_id = %I.tenant_id))', t, t);
        execute format('create policy own_insert on %I for insert with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        execute format('create policy own_update on %I for update using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
        execute format('create policy own_delete on %I for delete using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;


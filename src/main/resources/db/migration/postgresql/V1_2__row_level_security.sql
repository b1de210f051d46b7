-- Row-level security on every tenant-owned table. The application connects as ${app_role}, a role that owns no
-- table and has no BYPASSRLS; each transaction sets app.tenant_id with set_config(..., true). FORCE makes the
-- owner subject to the policies too. On a pooled connection the setting reads '' after a transaction, never NULL,
-- hence NULLIF: no tenant set means no row visible, none writable.

do $$
declare
    t text;
begin
    foreach t in array array['projects', 'label_schemas', 'engagements', 'items', 'assignments', 'annotations'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

-- Grants to the application role, when it is a separate role (it should be: see docs/configuration.md).
-- Default privileges make every table a later migration creates usable by it too.
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${app_role}') and '${app_role}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${app_role}');
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), '${app_role}');
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                       current_schema(), '${app_role}');
    end if;
end $$;

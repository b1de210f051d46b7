-- Row-level security on the webhooks' tenant-owned tables (common/V34), the same policy as every tenant-owned table
-- (V1_2). webhook_due is a platform table of ids (like witness_due): no policy. Grants come from V1_2's defaults.
do $$
declare
    t text;
begin
    foreach t in array array['webhooks', 'webhook_deliveries', 'webhook_attempts'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

alter table webhook_deliveries add constraint webhook_deliveries_state check (state in ('PENDING', 'DELIVERED', 'FAILED'));

-- Row-level security on the prediction tables (common/V38), the same policy as every tenant-owned table (V1_2).
-- prediction_due is a platform table of ids (like witness_due): no policy. Grants come from V1_2's defaults.
do $$
declare
    t text;
begin
    foreach t in array array['prediction_services', 'prediction_items'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

alter table prediction_services add constraint prediction_services_kind check (kind in ('LABEL_STUDIO', 'OPENAI'));
alter table prediction_items add constraint prediction_items_state check (state in ('SENDING', 'RETRY', 'DONE', 'FAILED'));
alter table prediction_services add constraint prediction_services_queue_order check (queue_order in ('ID', 'LEAST_CONFIDENT'));

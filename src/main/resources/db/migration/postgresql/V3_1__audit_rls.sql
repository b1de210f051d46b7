-- Row-level security on the access log's tenant-owned tables, the same policy shape as V1_2__row_level_security.sql.
-- Grants to the application role come from the default privileges V1_2 set.
do $$
declare
    t text;
begin
    foreach t in array array['audit_events', 'audit_heads', 'audit_checkpoints'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

-- Defence in depth: the application role may give a pending event its position once, never change a sequenced
-- event nor delete one. (The Merkle tree is what makes tampering evident; this makes it take more than app rights.)
create function audit_events_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.seq is not null then
        raise exception 'audit_events is append-only' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger audit_events_append_only before update or delete on audit_events
    for each row execute function audit_events_append_only();

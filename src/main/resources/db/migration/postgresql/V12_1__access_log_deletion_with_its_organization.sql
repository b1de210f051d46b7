-- The access log stays append-only for the application role (V3_1), with one exception: the transaction that deletes
-- the organization owning the events. Organization deletion (tenancy TenantTables.deleteAll) marks its transaction with
-- set_config('annota.deleting_organization', <organization id>, true) and then deletes every tenant-owned row of that
-- organization; only rows of that organization may go, only in that transaction. Defence in depth, as before: the
-- Merkle tree and the customer's saved checkpoints are what make tampering evident.
create or replace function audit_events_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.tenant_id::text = current_setting('annota.deleting_organization', true) then
        return old;
    end if;
    if tg_op = 'DELETE' or old.seq is not null then
        raise exception 'audit_events is append-only' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

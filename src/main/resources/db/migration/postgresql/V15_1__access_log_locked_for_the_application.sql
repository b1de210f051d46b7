-- The access log cannot be rewritten by the application role, whatever it sets (docs/security.md "The access log",
-- issue 19). Until now the append-only trigger let any transaction that called
-- set_config('annota.deleting_organization', <tenant>, true) delete a tenant's events, and audit_checkpoints and
-- audit_heads had no trigger at all: the application role could rewrite a history and have it re-signed. Now:
--   * audit_events: insert pending only; an update may only give a pending event its position and leaf hash once;
--     no delete;
--   * audit_checkpoints: insert only;
--   * audit_heads: no delete; an update must grow the tree, keep the frontier's shape, keep the perfect subtrees the
--     old and the new tree share, and end on a sequenced event;
--   * audit_final_checkpoints: insert only;
--   * access_log_alarms (V15): row-level security like every tenant table, insert only.
-- A tenant's log goes only with its organization, through audit_delete_log below, a SECURITY DEFINER function owned
-- by the owner role (migrations run as the owner: tenancy/internal/MigrationOwner) that deletes the whole log only
-- once its final checkpoint is kept in audit_final_checkpoints. The triggers are owned by the owner role; the owner (or
-- a superuser) can still switch them off: that is the database-level attacker the checkpoint signer's own checks
-- (audit/internal/SignedHistory) and the customers' kept checkpoints are for.

-- The old bypass goes: the delete trigger no longer reads annota.deleting_organization.
drop trigger audit_events_append_only on audit_events;
drop trigger audit_events_append_only_delete on audit_events;
drop function audit_events_append_only();

create function audit_log_refuse() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$;

-- A delete is let through only inside audit_delete_log: the transaction-local mark names the row's tenant AND the
-- statement runs with the rights of the table's owner (the function is SECURITY DEFINER). The application role can
-- set the mark (any role can set a custom setting) but cannot become the owner, so the mark alone opens nothing.
create function audit_log_deletion_only() returns trigger language plpgsql as $$
begin
    if old.tenant_id::text = current_setting('annota.deleting_log', true)
       and pg_has_role(current_user, (select relowner from pg_class where oid = tg_relid), 'MEMBER') then
        return old;
    end if;
    raise exception '% is append-only: a log goes only with its organization (audit_delete_log)', tg_table_name
        using errcode = 'insufficient_privilege';
end $$;

-- Events. WHEN conditions, evaluated without entering PL/pgSQL (V12_3: the sequencer updates 10,000 rows a batch).
create trigger audit_events_insert_pending before insert on audit_events
    for each row when (new.seq is not null or new.leaf_hash is not null) execute function audit_log_refuse();
create trigger audit_events_append_only before update on audit_events
    for each row when (old.seq is not null or new.seq is null or new.leaf_hash is null
        or (old.tenant_id, old.id, old.occurred_at, old.action, old.actor_id, old.actor_org_id, old.project_id, old.item_id,
            old.assignment_id, old.item_count, old.target_id, old.detail)
           is distinct from
           (new.tenant_id, new.id, new.occurred_at, new.action, new.actor_id, new.actor_org_id, new.project_id, new.item_id,
            new.assignment_id, new.item_count, new.target_id, new.detail))
    execute function audit_log_refuse();
create trigger audit_events_no_delete before delete on audit_events
    for each row execute function audit_log_deletion_only();

-- Checkpoints: insert only.
create trigger audit_checkpoints_no_update before update on audit_checkpoints
    for each row execute function audit_log_refuse();
create trigger audit_checkpoints_no_delete before delete on audit_checkpoints
    for each row execute function audit_log_deletion_only();

-- Heads: created empty, then only grown.
create function audit_heads_grow_only() returns trigger language plpgsql as $$
declare
    shift int := 0;
    shared bigint;
    peaks int;
begin
    if new.tenant_id is distinct from old.tenant_id or new.tree_size <= old.tree_size
       or octet_length(new.frontier) <> 32 * length(replace(new.tree_size::bit(64)::text, '0', '')) then
        raise exception 'audit_heads is append-only: an update grows the tree (size % to %)', old.tree_size, new.tree_size
            using errcode = 'insufficient_privilege';
    end if;
    -- The perfect subtrees both trees have (the set bits above the highest bit where the sizes differ) are the first
    -- peaks of both frontiers, largest first; appending never changes them.
    while (old.tree_size >> shift) <> (new.tree_size >> shift) loop
        shift := shift + 1;
    end loop;
    shared := (old.tree_size >> shift) << shift;
    peaks := length(replace(shared::bit(64)::text, '0', ''));
    if substring(old.frontier from 1 for 32 * peaks) <> substring(new.frontier from 1 for 32 * peaks) then
        raise exception 'audit_heads is append-only: the subtrees of the first % events changed', shared
            using errcode = 'insufficient_privilege';
    end if;
    -- The tree ends on a sequenced event (one index lookup).
    if not exists (select 1 from audit_events where tenant_id = new.tenant_id and seq = new.tree_size - 1 and leaf_hash is not null) then
        raise exception 'audit_heads is append-only: no sequenced event % for a tree of size %', new.tree_size - 1, new.tree_size
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger audit_heads_new_empty before insert on audit_heads
    for each row when (new.tree_size <> 0 or octet_length(new.frontier) <> 0) execute function audit_log_refuse();
create trigger audit_heads_grow_only before update on audit_heads
    for each row execute function audit_heads_grow_only();
create trigger audit_heads_no_delete before delete on audit_heads
    for each row execute function audit_log_deletion_only();

-- Final checkpoints of deleted organizations: insert only (platform table, no tenant).
create trigger audit_final_checkpoints_insert_only before update or delete on audit_final_checkpoints
    for each row execute function audit_log_refuse();

-- Integrity alarms (V15): tenant-owned, row-level security as every tenant table, insert only.
alter table access_log_alarms enable row level security;
alter table access_log_alarms force row level security;
create policy tenant_isolation on access_log_alarms
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create trigger access_log_alarms_no_update before update on access_log_alarms
    for each row execute function audit_log_refuse();
create trigger access_log_alarms_no_delete before delete on access_log_alarms
    for each row execute function audit_log_deletion_only();

-- The only way a log goes: with its organization (audit/internal/LogOfDeletedOrganization, in the deletion's tenant
-- transaction, after the final checkpoint is kept). Runs as the owner, still under row-level security (FORCE): only
-- the transaction's own tenant. Refuses unless the final checkpoint kept is this log's last checkpoint, at its head,
-- over a log that records the organization's deletion, so a call out of turn cannot erase a living log by itself.
create function audit_delete_log(organization uuid) returns bigint
    language plpgsql security definer as $body$
declare
    final record;
    head_size bigint;
    events bigint;
begin
    if organization is null or organization::text is distinct from nullif(current_setting('app.tenant_id', true), '') then
        raise exception 'audit_delete_log deletes the log of the tenant of its transaction only'
            using errcode = 'insufficient_privilege';
    end if;
    select tree_size, root_hash, note into final from audit_final_checkpoints where org_id = organization;
    if not found then
        raise exception 'the access log of % goes only after its final checkpoint is kept', organization
            using errcode = 'insufficient_privilege';
    end if;
    select tree_size into head_size from audit_heads where tenant_id = organization for update;
    if head_size is distinct from final.tree_size
       or not exists (select 1 from audit_checkpoints c where c.tenant_id = organization
                      and c.tree_size = final.tree_size and c.root_hash = final.root_hash and c.note = final.note)
       or exists (select 1 from audit_checkpoints c where c.tenant_id = organization and c.tree_size > final.tree_size)
       or not exists (select 1 from audit_events e where e.tenant_id = organization and e.seq < final.tree_size
                      and e.action = 'organization.delete' and e.target_id = organization) then
        raise exception 'the final checkpoint kept for % is not the last checkpoint of its access log', organization
            using errcode = 'insufficient_privilege';
    end if;
    perform set_config('annota.deleting_log', organization::text, true);
    delete from audit_events where tenant_id = organization;
    get diagnostics events = row_count;
    delete from audit_checkpoints where tenant_id = organization;
    delete from audit_heads where tenant_id = organization;
    delete from access_log_alarms where tenant_id = organization;
    perform set_config('annota.deleting_log', '', true);
    return events;
end
$body$;
-- A SECURITY DEFINER function resolves names in the schema it was created in only (never one the caller put first).
do $$
begin
    execute format('alter function audit_delete_log(uuid) set search_path = %I, pg_temp', current_schema());
end $$;
revoke all on function audit_delete_log(uuid) from public;
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${app_role}') and '${app_role}' <> current_user then
        execute format('grant execute on function audit_delete_log(uuid) to %I', '${app_role}');
    end if;
end $$;

-- key_rotations under row-level security (docs/security.md "Rotating"). It was a platform table so that any instance
-- could find pending re-encryption jobs across tenants; but its rows (who asked, when, how many rows, how far) are a
-- tenant's, and the rotation endpoints read them in the tenant's transaction anyway. Now the same policy as every
-- tenant-owned table, and the primary key starts with tenant_id as theirs does (tenancy's TenantTables finds the
-- tenant-owned tables that way, e.g. for an organization's deletion).
--
-- The scheduler still needs pending work across tenants, before it knows the tenant: two SECURITY DEFINER functions
-- answer that with ids only. They run as the table's owner (the migration role), which the policy admits: that role
-- owns the table and could switch its policies off anyway, so admitting it widens nothing; the application role is
-- neither the owner nor a member of it (RowLevelSecurityTests checks both).
alter table key_rotations drop constraint key_rotations_pkey;
alter table key_rotations add primary key (tenant_id, id);

alter table key_rotations enable row level security;
alter table key_rotations force row level security;
create policy tenant_isolation on key_rotations
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           or current_user = (select pg_catalog.pg_get_userbyid(c.relowner) from pg_catalog.pg_class c where c.oid = 'key_rotations'::regclass))
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           or current_user = (select pg_catalog.pg_get_userbyid(c.relowner) from pg_catalog.pg_class c where c.oid = 'key_rotations'::regclass));

do $$
begin
    -- The running jobs, oldest first: the re-encryption scheduler's work list (crypto/internal/Reencryption).
    execute format($f$
        create function pending_key_rotations() returns table (id uuid, tenant_id uuid)
            language sql stable security definer set search_path = %I, pg_temp
            as 'select r.id, r.tenant_id from key_rotations r where r.state = ''RUNNING'' order by r.started_at'$f$,
        current_schema());
    -- Organizations whose latest rotation is DONE and not yet fully retired (crypto/internal/KeyRetirement).
    execute format($f$
        create function key_retirement_candidates() returns setof uuid
            language sql stable security definer set search_path = %I, pg_temp
            as 'select r.tenant_id from key_rotations r where r.state = ''DONE'' and r.keys_destroyed_at is null
                  and r.started_at = (select max(l.started_at) from key_rotations l where l.tenant_id = r.tenant_id)'$f$,
        current_schema());
    revoke all on function pending_key_rotations() from public;
    revoke all on function key_retirement_candidates() from public;
    if exists (select 1 from pg_roles where rolname = '${app_role}') then
        execute format('grant execute on function pending_key_rotations() to %I', '${app_role}');
        execute format('grant execute on function key_retirement_candidates() to %I', '${app_role}');
    end if;
end $$;

-- Row-level security on the export jobs (common/V33); grants come from V1_2's defaults. export_chunks (the sealed
-- files) has the policy of every tenant-owned table (V1_2). export_jobs has key_rotations' (V18): the tenant's rows,
-- and every row for the table's owner (the migration role), which the SECURITY DEFINER function below runs as; the
-- application role is neither the owner nor a member of it.
alter table export_chunks enable row level security;
alter table export_chunks force row level security;
create policy tenant_isolation on export_chunks
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table export_jobs enable row level security;
alter table export_jobs force row level security;
create policy tenant_isolation on export_jobs
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           or current_user = (select pg_catalog.pg_get_userbyid(c.relowner) from pg_catalog.pg_class c where c.oid = 'export_jobs'::regclass))
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
           or current_user = (select pg_catalog.pg_get_userbyid(c.relowner) from pg_catalog.pg_class c where c.oid = 'export_jobs'::regclass));

alter table export_jobs add constraint export_jobs_status_check check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED'));

-- The runner needs the jobs to take across tenants before it knows the tenant: ids only, through a SECURITY DEFINER
-- function as for key rotations (V18): queued jobs, and running ones whose instance stopped beating before stale.
do $$
begin
    execute format($f$
        create function pending_export_jobs(stale timestamp with time zone) returns table (id uuid, tenant_id uuid)
            language sql stable security definer set search_path = %I, pg_temp
            as 'select j.id, j.tenant_id from export_jobs j
                where j.status = ''QUEUED'' or (j.status = ''RUNNING'' and j.heartbeat_at < stale)
                order by j.created_at'$f$,
        current_schema());
    revoke all on function pending_export_jobs(timestamp with time zone) from public;
    if exists (select 1 from pg_roles where rolname = '${app_role}') then
        execute format('grant execute on function pending_export_jobs(timestamp with time zone) to %I', '${app_role}');
    end if;
end $$;

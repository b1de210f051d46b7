-- The primary key of key_rotations starts with tenant_id, as on PostgreSQL (../postgresql/V18, where the table is
-- also under row-level security): tenancy's TenantTables finds the tenant-owned tables by that on both databases.
alter table key_rotations drop primary key;
alter table key_rotations add primary key (tenant_id, id);

-- Crypto-shredding destroys an organization's key-encryption key, a file outside the database (crypto/internal/
-- TenantKeyStore), and a file cannot be part of a database transaction. So the shredding (or the organization's
-- deletion) records here, in its own transaction, that the key file must go; the file is destroyed once that
-- transaction commits, and then the row goes. A row left behind (the instance stopped in between) is finished at the
-- next start of any instance. A platform table of ids, like key_rotations: its key is organization_id, not tenant_id,
-- because it must outlive the deletion of the organization's tenant-owned rows.
create table tenant_key_destructions (
    organization_id uuid                     not null primary key,
    requested_at    timestamp with time zone not null
);

-- Value checks, on PostgreSQL only (see the note at the top of common/V1__foundation.sql); the application validates
-- the same rules on both databases.
alter table organizations add constraint organizations_kind check (kind in ('CUSTOMER', 'WORKFORCE', 'OPERATOR'));
alter table projects add constraint projects_overlap check (overlap between 1 and 100);
alter table projects add constraint projects_lease check (lease_seconds between 10 and 86400);

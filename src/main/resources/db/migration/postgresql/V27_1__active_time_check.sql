-- Active time (common/V27) is never negative, checked on PostgreSQL as V1_3 checks the other values; the application
-- bounds it to the lease on both databases.
alter table assignments add constraint assignments_active_ms check (active_ms >= 0);

-- The project's status values (common/V23), checked on PostgreSQL as V1_3 checks the other settings.
alter table projects add constraint projects_status check (status in ('ACTIVE', 'PAUSED', 'ARCHIVED'));

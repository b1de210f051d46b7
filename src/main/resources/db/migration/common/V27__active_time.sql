-- Active time (issue 22, docs/workforce.md "Active time"): the time the workbench counted on a lease while the page
-- was visible, focused and in use, bounded on the server by the lease's actual duration (ended_at - claimed_at) and
-- written by the UPDATE that ends the lease (submit or skip). 0 for a lease that expired, and for clients that send none.
alter table assignments add column active_ms bigint default 0 not null;
-- A project's hours over a period: its ended leases by end time (the day of an hour is the day its lease ended, UTC).
create index assignments_ended on assignments (tenant_id, project_id, ended_at);

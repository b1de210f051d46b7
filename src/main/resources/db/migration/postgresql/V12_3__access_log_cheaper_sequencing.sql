-- Cheaper sequencing (docs/benchmarks.md "Access log appends"). The append-only trigger of V3_1/V12_1 ran a PL/pgSQL
-- function for every row the sequencer gives its position (10,000 per batch) only to find the row still pending. The
-- same rules as WHEN conditions, which PostgreSQL evaluates without calling the function: an UPDATE of a pending row
-- and a DELETE during its organization's deletion (V12_1) never enter PL/pgSQL; everything else still raises.
drop trigger audit_events_append_only on audit_events;
create trigger audit_events_append_only before update on audit_events
    for each row when (old.seq is not null) execute function audit_events_append_only();
create trigger audit_events_append_only_delete before delete on audit_events
    for each row when (old.tenant_id::text is distinct from current_setting('annota.deleting_organization', true))
    execute function audit_events_append_only();

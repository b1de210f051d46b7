-- The sequencer's pending query (audit/internal/AuditLog: seq is null, oldest first, LIMIT the batch) went through
-- audit_events_seq (tenant_id, seq) as a bitmap scan. Every event is inserted pending and then updated with its
-- position, so until vacuum each sequenced event leaves a dead (tenant, NULL) entry there, and a bitmap scan never
-- marks dead entries: each run visited all of them and their heap pages (70,165 entries and 2,003 pages, 23 ms, for
-- no pending event on a benchmark database), a burst every checkpoint interval that showed as the claim's p99. This
-- partial index answers the query in its own order with a plain index scan, which marks the dead entries it meets so
-- later scans skip them. (H2 has no partial indexes and no such dead entries.)
create index audit_events_pending on audit_events (tenant_id, occurred_at, id) where seq is null;

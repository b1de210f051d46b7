-- The dashboard's chart (stats: the project's answers per UTC hour over the last 7 days) read the created_at of every
-- answer of those 7 days, O(recent answers) on each page load (docs/benchmarks.md "Ten million items"). Now a trigger on
-- annotations keeps how many answers were made in each hour (module annotation; postgresql/V45_1, h2/V45_1), and the
-- chart reads at most 7 × 24 hours of rows. Only answers made here count (source is null): those imported from another
-- tool hold no slot and were never in the chart. slot as in item_counts (V43): a busy project's concurrent submits
-- all add to the current hour, so each transaction adds to one of sixteen rows of it; a read sums them. Rows of hours
-- past the chart's week are never read again; they are small (one per hour and slot written) and go with the project.
create table annotation_hours (
    tenant_id    uuid                     not null,
    project_id   uuid                     not null,
    hour_start   timestamp with time zone not null,
    slot         smallint                 not null check (slot between 0 and 15),
    annotations  bigint                   not null,
    primary key (tenant_id, project_id, hour_start, slot)
);

-- The queue depth metric (open slots of a project's OPEN items) was a grouped sum over the items of every project in
-- each refresh; item_counts keeps it too now, by the same triggers (its value in OPEN items only, as the sum was).
alter table item_counts add column open_slots bigint default 0 not null;

-- How many of a project's items are in each state, kept as running totals: the project page (items/counts) and the
-- dashboard read a few rows instead of counting the project's items (a count over 10,000,000 items took seconds,
-- docs/benchmarks.md "Ten million items"). A trigger on items keeps them in the writing statement's own transaction
-- (postgresql/V43_1, h2/V43_1), so the totals can never disagree with the items, whichever code path changed them.
-- slot spreads one project's totals over a few rows (one per transaction, by its id): concurrent claims and submits
-- of a busy project add to different rows instead of queueing on one row lock until their commits; a read sums at
-- most sixteen rows. Totals are differences (a slot may hold a negative count); only their sum means anything.
create table item_counts (
    tenant_id   uuid     not null,
    project_id  uuid     not null,
    slot        smallint not null,
    open_items  bigint   not null,
    full_items  bigint   not null,
    done_items  bigint   not null,
    gold_items  bigint   not null,
    primary key (tenant_id, project_id, slot)
);

-- How many annotations each annotator gave on a project (module annotation), kept the same way for the items page's
-- and the project page's annotator list and the dashboard's totals (a group-by over 3,000,000 annotations took about a
-- second). imported: those imported with the items from another tool (source is not null). One row per annotator, no
-- slots: one person's submits come one after the other.
create table annotation_counts (
    tenant_id     uuid   not null,
    project_id    uuid   not null,
    annotator_id  uuid   not null,
    annotations   bigint not null,
    imported      bigint not null,
    primary key (tenant_id, project_id, annotator_id)
);

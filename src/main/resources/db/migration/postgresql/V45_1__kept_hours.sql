-- The trigger that keeps annotation_hours (common/V45), and its row-level security (below) as on every tenant-owned
-- table: after each statement that inserts or deletes annotations, the number of answers made here (source is null)
-- in each project and UTC hour, new rows minus old rows, is added to the slot of the writing transaction (as
-- item_counts, V43_1). Hours are cut in UTC whatever the session's time zone (the chart's hours are UTC hours; an
-- offset of half an hour would otherwise split them).
create function annotations_add_to_annotation_hours() returns trigger language plpgsql as $$
declare
    s smallint := (txid_current() % 16)::smallint;
    -- The statement's change per project and hour, as rows of the table (a few, however many answers it wrote).
    changes annotation_hours[];
begin
    if tg_op = 'INSERT' then
        changes := array(select (tenant_id, project_id, date_trunc('hour', created_at, 'UTC'), s, count(*))::annotation_hours
                         from new_rows where source is null group by tenant_id, project_id, date_trunc('hour', created_at, 'UTC'));
    else
        changes := array(select (tenant_id, project_id, date_trunc('hour', created_at, 'UTC'), s, -count(*))::annotation_hours
                         from old_rows where source is null group by tenant_id, project_id, date_trunc('hour', created_at, 'UTC'));
    end if;
    insert into annotation_hours as h select * from unnest(changes) order by tenant_id, project_id, hour_start
    on conflict (tenant_id, project_id, hour_start, slot) do update set annotations = h.annotations + excluded.annotations;
    return null;
end $$;

-- item_counts.open_slots (common/V45): the open slots of OPEN items. V43_1's function again, with that column, and
-- written once: what the statement added (its new rows) and took away (its old rows), counted by project and state
-- into two small arrays (a row per project and state, even for an import of a million items), then their difference
-- added in one statement. Each event has only its own transition tables (an insert has no old_rows); a statement that
-- names a missing one is never run, so never planned. An update that changes an OPEN item's open slots (every claim of
-- an item with slots left, every slot given back) now writes a row too, where only a change of state did before.
create type item_count_change as (tenant_id uuid, project_id uuid, state varchar(10), n bigint, open_slots bigint);

create or replace function items_add_to_item_counts() returns trigger language plpgsql as $$
declare
    s smallint := (txid_current() % 16)::smallint;
    added item_count_change[] := '{}';
    removed item_count_change[] := '{}';
begin
    if tg_op <> 'DELETE' then
        added := array(select (tenant_id, project_id, state, count(*), sum(open_slots))::item_count_change
                       from new_rows group by tenant_id, project_id, state);
    end if;
    if tg_op <> 'INSERT' then
        removed := array(select (tenant_id, project_id, state, -count(*), -sum(open_slots))::item_count_change
                         from old_rows group by tenant_id, project_id, state);
    end if;
    insert into item_counts as c (tenant_id, project_id, slot, open_items, full_items, done_items, gold_items, open_slots)
    select tenant_id, project_id, s, o, f, d, g, os
    from (select tenant_id, project_id, coalesce(sum(n) filter (where state = 'OPEN'), 0) as o,
                 coalesce(sum(n) filter (where state = 'FULL'), 0) as f, coalesce(sum(n) filter (where state = 'DONE'), 0) as d,
                 coalesce(sum(n) filter (where state = 'GOLD'), 0) as g,
                 coalesce(sum(open_slots) filter (where state = 'OPEN'), 0) as os
          from unnest(added || removed) group by tenant_id, project_id) changed
    -- Most updates change neither a state nor an OPEN item's slots (a rank, a submit's done count): nothing written.
    where o <> 0 or f <> 0 or d <> 0 or g <> 0 or os <> 0 order by tenant_id, project_id
    on conflict (tenant_id, project_id, slot) do update set open_items = c.open_items + excluded.open_items,
        full_items = c.full_items + excluded.full_items, done_items = c.done_items + excluded.done_items,
        gold_items = c.gold_items + excluded.gold_items, open_slots = c.open_slots + excluded.open_slots;
    return null;
end $$;

-- annotation_hours' trigger and policy, the policy forced only after the backfill below (the owner is bound by forced
-- policies like the application).
create trigger annotations_inserted_add_to_annotation_hours after insert on annotations referencing new table as new_rows
    for each statement execute function annotations_add_to_annotation_hours();
create trigger annotations_deleted_add_to_annotation_hours after delete on annotations referencing old table as old_rows
    for each statement execute function annotations_add_to_annotation_hours();
alter table annotation_hours enable row level security;
create policy tenant_isolation on annotation_hours
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- What is stored already: counted once, with the forced policies lifted for this (transactional) migration as in V43_1.
alter table items no force row level security;
alter table item_counts no force row level security;
alter table annotations no force row level security;
insert into item_counts as c (tenant_id, project_id, slot, open_items, full_items, done_items, gold_items, open_slots)
select tenant_id, project_id, 0, 0, 0, 0, 0, sum(open_slots) from items where state = 'OPEN' group by tenant_id, project_id
on conflict (tenant_id, project_id, slot) do update set open_slots = excluded.open_slots;
insert into annotation_hours (tenant_id, project_id, hour_start, slot, annotations)
select tenant_id, project_id, date_trunc('hour', created_at, 'UTC'), 0, count(*) from annotations where source is null
group by tenant_id, project_id, date_trunc('hour', created_at, 'UTC');
alter table items force row level security;
alter table item_counts force row level security;
alter table annotations force row level security;
alter table annotation_hours force row level security;

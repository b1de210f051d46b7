-- Row-level security on item_counts (common/V43) as on every tenant-owned table (V1_2), and the triggers that keep it:
-- after each statement that inserts, updates or deletes items, the change of each project's count per state (new rows
-- minus old rows, from the statement's transition tables) is added to the slot of the writing transaction. Statement
-- triggers, so an import of a million items adds once, not a million times. They run as the writing role, under the
-- tenant setting that let the item rows in, so the policy admits the totals' rows too.
alter table item_counts enable row level security;
alter table item_counts force row level security;
create policy tenant_isolation on item_counts
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
alter table item_counts add constraint item_counts_slot check (slot between 0 and 15);

create function items_add_to_item_counts() returns trigger language plpgsql as $$
declare
    -- One slot per transaction: all its statements add to one row per project, so two transactions never wait for
    -- each other's two rows in opposite orders.
    s smallint := (txid_current() % 16)::smallint;
begin
    if tg_op = 'INSERT' then
        insert into item_counts as c (tenant_id, project_id, slot, open_items, full_items, done_items, gold_items)
        select tenant_id, project_id, s, count(*) filter (where state = 'OPEN'), count(*) filter (where state = 'FULL'),
               count(*) filter (where state = 'DONE'), count(*) filter (where state = 'GOLD')
        from new_rows group by tenant_id, project_id order by tenant_id, project_id
        on conflict (tenant_id, project_id, slot) do update set open_items = c.open_items + excluded.open_items,
            full_items = c.full_items + excluded.full_items, done_items = c.done_items + excluded.done_items,
            gold_items = c.gold_items + excluded.gold_items;
    elsif tg_op = 'DELETE' then
        insert into item_counts as c (tenant_id, project_id, slot, open_items, full_items, done_items, gold_items)
        select tenant_id, project_id, s, -count(*) filter (where state = 'OPEN'), -count(*) filter (where state = 'FULL'),
               -count(*) filter (where state = 'DONE'), -count(*) filter (where state = 'GOLD')
        from old_rows group by tenant_id, project_id order by tenant_id, project_id
        on conflict (tenant_id, project_id, slot) do update set open_items = c.open_items + excluded.open_items,
            full_items = c.full_items + excluded.full_items, done_items = c.done_items + excluded.done_items,
            gold_items = c.gold_items + excluded.gold_items;
    else
        -- Most updates change no state (a claim of an item with slots left, a rank): nothing is written for them.
        insert into item_counts as c (tenant_id, project_id, slot, open_items, full_items, done_items, gold_items)
        select tenant_id, project_id, s, o, f, d, g
        from (select tenant_id, project_id, coalesce(sum(n) filter (where state = 'OPEN'), 0) as o,
                     coalesce(sum(n) filter (where state = 'FULL'), 0) as f, coalesce(sum(n) filter (where state = 'DONE'), 0) as d,
                     coalesce(sum(n) filter (where state = 'GOLD'), 0) as g
              from (select tenant_id, project_id, state, 1 as n from new_rows
                    union all select tenant_id, project_id, state, -1 from old_rows) r
              group by tenant_id, project_id) changed
        where o <> 0 or f <> 0 or d <> 0 or g <> 0 order by tenant_id, project_id
        on conflict (tenant_id, project_id, slot) do update set open_items = c.open_items + excluded.open_items,
            full_items = c.full_items + excluded.full_items, done_items = c.done_items + excluded.done_items,
            gold_items = c.gold_items + excluded.gold_items;
    end if;
    return null;
end $$;
create trigger items_inserted_add_to_item_counts after insert on items referencing new table as new_rows
    for each statement execute function items_add_to_item_counts();
create trigger items_updated_add_to_item_counts after update on items referencing old table as old_rows new table as new_rows
    for each statement execute function items_add_to_item_counts();
create trigger items_deleted_add_to_item_counts after delete on items referencing old table as old_rows
    for each statement execute function items_add_to_item_counts();

-- The items stored before this release: counted once. The owner is bound by the forced policies like the application,
-- so they are lifted for the length of this (transactional) migration.
alter table items no force row level security;
alter table item_counts no force row level security;
insert into item_counts (tenant_id, project_id, slot, open_items, full_items, done_items, gold_items)
select tenant_id, project_id, 0, count(*) filter (where state = 'OPEN'), count(*) filter (where state = 'FULL'),
       count(*) filter (where state = 'DONE'), count(*) filter (where state = 'GOLD')
from items group by tenant_id, project_id;
alter table items force row level security;
alter table item_counts force row level security;

-- annotation_counts: the same, per annotator; inserts and deletes of annotations (an update changes neither its
-- project, annotator nor source). Rows are locked in key order, so two bulk writers never wait for each other in a
-- circle.
alter table annotation_counts enable row level security;
alter table annotation_counts force row level security;
create policy tenant_isolation on annotation_counts
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

create function annotations_add_to_annotation_counts() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into annotation_counts as c (tenant_id, project_id, annotator_id, annotations, imported)
        select tenant_id, project_id, annotator_id, count(*), count(*) filter (where source is not null)
        from new_rows group by tenant_id, project_id, annotator_id order by tenant_id, project_id, annotator_id
        on conflict (tenant_id, project_id, annotator_id) do update set annotations = c.annotations + excluded.annotations,
            imported = c.imported + excluded.imported;
    else
        insert into annotation_counts as c (tenant_id, project_id, annotator_id, annotations, imported)
        select tenant_id, project_id, annotator_id, -count(*), -count(*) filter (where source is not null)
        from old_rows group by tenant_id, project_id, annotator_id order by tenant_id, project_id, annotator_id
        on conflict (tenant_id, project_id, annotator_id) do update set annotations = c.annotations + excluded.annotations,
            imported = c.imported + excluded.imported;
    end if;
    return null;
end $$;
create trigger annotations_inserted_add_to_annotation_counts after insert on annotations referencing new table as new_rows
    for each statement execute function annotations_add_to_annotation_counts();
create trigger annotations_deleted_add_to_annotation_counts after delete on annotations referencing old table as old_rows
    for each statement execute function annotations_add_to_annotation_counts();

alter table annotations no force row level security;
alter table annotation_counts no force row level security;
insert into annotation_counts (tenant_id, project_id, annotator_id, annotations, imported)
select tenant_id, project_id, annotator_id, count(*), count(*) filter (where source is not null)
from annotations group by tenant_id, project_id, annotator_id;
alter table annotations force row level security;
alter table annotation_counts force row level security;

-- The triggers that keep item_counts and annotation_counts (common/V43) on H2: Java row triggers (ItemCountsOnH2,
-- AnnotationCountsOnH2), the same rules as the statement triggers of postgresql/V43_1; items in slot 0 (H2 is one
-- process: no lock to spread).
create trigger items_inserted_add_to_item_counts after insert on items
    for each row call 'dev.annota.item.internal.ItemCountsOnH2';
create trigger items_updated_add_to_item_counts after update on items
    for each row call 'dev.annota.item.internal.ItemCountsOnH2';
create trigger items_deleted_add_to_item_counts after delete on items
    for each row call 'dev.annota.item.internal.ItemCountsOnH2';

insert into item_counts (tenant_id, project_id, slot, open_items, full_items, done_items, gold_items)
select tenant_id, project_id, 0, sum(case when state = 'OPEN' then 1 else 0 end), sum(case when state = 'FULL' then 1 else 0 end),
       sum(case when state = 'DONE' then 1 else 0 end), sum(case when state = 'GOLD' then 1 else 0 end)
from items group by tenant_id, project_id;

create trigger annotations_inserted_add_to_annotation_counts after insert on annotations
    for each row call 'dev.annota.annotation.internal.AnnotationCountsOnH2';
create trigger annotations_deleted_add_to_annotation_counts after delete on annotations
    for each row call 'dev.annota.annotation.internal.AnnotationCountsOnH2';

insert into annotation_counts (tenant_id, project_id, annotator_id, annotations, imported)
select tenant_id, project_id, annotator_id, count(*), sum(case when source is not null then 1 else 0 end)
from annotations group by tenant_id, project_id, annotator_id;

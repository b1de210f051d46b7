-- The trigger that keeps annotation_hours (common/V45) on H2: a Java row trigger (AnnotationHoursOnH2), the same rule as
-- the statement trigger of postgresql/V45_1, in slot 0. item_counts.open_slots is kept by ItemCountsOnH2 (h2/V43_1).
create trigger annotations_inserted_add_to_annotation_hours after insert on annotations
    for each row call 'dev.annota.annotation.internal.AnnotationHoursOnH2';
create trigger annotations_deleted_add_to_annotation_hours after delete on annotations
    for each row call 'dev.annota.annotation.internal.AnnotationHoursOnH2';

update item_counts c set open_slots = (select coalesce(sum(i.open_slots), 0) from items i
    where i.tenant_id = c.tenant_id and i.project_id = c.project_id and i.state = 'OPEN') where slot = 0;

-- Hours cut in UTC: the epoch second rounded down to a whole hour (H2's date functions would use the session's zone).
insert into annotation_hours (tenant_id, project_id, hour_start, slot, annotations)
select tenant_id, project_id, hour_start, 0, count(*)
from (select tenant_id, project_id,
             timestampadd(second, cast(floor(extract(epoch from created_at) / 3600) * 3600 as bigint),
                          timestamp with time zone '1970-01-01 00:00:00+00') as hour_start
      from annotations where source is null) a
group by tenant_id, project_id, hour_start;

-- Indexes for the manager's items browser and dashboard (annotation/internal/ItemBrowser). Every browse query is a
-- keyset range scan: "after this item id, the next N", so page 1 and page 50,000 read the same few index entries.

-- All items of a project in id (= import) order; the primary key (tenant_id, id) does not lead with the project.
-- Filtered by state, items_queue (tenant_id, project_id, state, id) of V1 serves already.
create index items_browse on items (tenant_id, project_id, id);

-- Items an annotator has answered, in item order: the annotator filter walks this instead of probing every item.
create index annotations_browse on annotations (tenant_id, project_id, annotator_id, item_id);

-- The dashboard's last seven days of annotations.
create index annotations_time on annotations (tenant_id, project_id, created_at);

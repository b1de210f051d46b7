-- Annotations imported from another tool (a Label Studio export) keep where they came from: the source format, the
-- annotation's id and author there (Label Studio's completed_by). Null on every answer given in Annota. Columns of
-- annotations rather than a table of their own: the row-level security of annotations (V1_2) covers them, and an
-- annotation's deletion (item removed, project purged, organization deleted) takes its provenance with it.
alter table annotations add column source varchar(40);
alter table annotations add column original_id varchar(200);
alter table annotations add column original_author varchar(200);

-- See common/V14: every label schema version gets its own id, bound into its sealed body's associated data.
-- The owner running migrations is bound by the table's row-level security (FORCE, V1_2) and sets no tenant: lifted for
-- this one statement inside the migration's transaction, then forced again.
alter table label_schemas no force row level security;
update label_schemas set id = gen_random_uuid() where id is null;
alter table label_schemas force row level security;
alter table label_schemas alter column id set not null;
create unique index label_schemas_id on label_schemas (tenant_id, id);

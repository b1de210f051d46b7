-- See common/V14: every label schema version gets its own id, bound into its sealed body's associated data.
update label_schemas set id = random_uuid() where id is null;
alter table label_schemas alter column id set not null;
create unique index label_schemas_id on label_schemas (tenant_id, id);

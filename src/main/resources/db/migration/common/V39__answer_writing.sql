-- Authenticity of written answers (issue 26, docs/trust.md): the aggregates the workbench measured while each free-text
-- answer was written (paste count and size, pasted share, typing time and cadence, time to the first key, edit distance
-- from the model draft), never the keys' contents. A JSON object per lease, question name -> aggregates, written by the
-- UPDATE that ends the lease on submit, so it costs the submit no statement. Null when the client sent none.
alter table assignments add column writing varchar(20000);

-- A project's paste policy for free-text fields: ALLOW, WARN (the workbench shows a warning on paste) or BLOCK (paste
-- prevented). No row is ALLOW.
create table writing_policies (
    tenant_id  uuid        not null,
    project_id uuid        not null,
    paste      varchar(5)  not null,
    changed_at timestamp with time zone not null,
    primary key (tenant_id, project_id)
);

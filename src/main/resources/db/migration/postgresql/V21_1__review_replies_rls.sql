-- Row-level security on review_replies (V21), the same policy as V1_2__row_level_security.sql.
alter table review_replies enable row level security;
alter table review_replies force row level security;
create policy tenant_isolation on review_replies
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

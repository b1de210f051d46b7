-- Row-level security on project_costs (common/V37) as on every tenant-owned table (V1_2), and the trigger that keeps
-- it: after each ledger entry actually inserted (ON CONFLICT DO NOTHING inserts no row, so fires nothing), add its
-- amount to one of eight slots chosen by the entry's id. Runs as the inserting role, under the same tenant setting
-- that let the entry in, so the policy admits the total's row too.
alter table project_costs enable row level security;
alter table project_costs force row level security;
create policy tenant_isolation on project_costs
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
alter table project_costs add constraint project_costs_slot check (slot between 0 and 7);

create function ledger_entries_add_to_project_costs() returns trigger language plpgsql as $$
begin
    if new.project_id is not null and new.kind <> 'PAYOUT' then
        insert into project_costs (tenant_id, project_id, currency, slot, spent)
        values (new.tenant_id, new.project_id, new.currency, abs(hashtext(new.id::text) % 8), new.amount)
        on conflict (tenant_id, project_id, currency, slot) do update set spent = project_costs.spent + excluded.spent;
    end if;
    return null;
end $$;
create trigger ledger_entries_add_to_project_costs after insert on ledger_entries
    for each row execute function ledger_entries_add_to_project_costs();

-- The entries posted before this release: summed once. The owner is bound by the forced policies like the
-- application, so they are lifted for the length of this (transactional) migration.
alter table ledger_entries no force row level security;
alter table project_costs no force row level security;
insert into project_costs (tenant_id, project_id, currency, slot, spent)
select tenant_id, project_id, currency, 0, sum(amount) from ledger_entries
where project_id is not null and kind <> 'PAYOUT'
group by tenant_id, project_id, currency;
alter table ledger_entries force row level security;
alter table project_costs force row level security;

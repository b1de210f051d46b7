-- The trigger that keeps project_costs (common/V37) on H2: a Java trigger, the same rule as postgresql/V37_1. H2 fires
-- an after-insert row trigger only for a row actually added, so a replayed post (ON CONFLICT DO NOTHING) adds nothing.
create trigger ledger_entries_add_to_project_costs after insert on ledger_entries
    for each row call 'dev.annota.money.internal.ProjectCostsOnH2';

insert into project_costs (tenant_id, project_id, currency, slot, spent)
select tenant_id, project_id, currency, 0, sum(amount) from ledger_entries
where project_id is not null and kind <> 'PAYOUT'
group by tenant_id, project_id, currency;

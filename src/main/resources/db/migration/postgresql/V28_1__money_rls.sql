-- Row-level security on the money tables (common/V28), the same policy as every tenant-owned table (V1_2); grants
-- come from V1_2's defaults. The ledger is append-only: no entry is ever changed (a correction is a new entry); rows
-- go only with their organization's deletion.
do $$
declare
    t text;
begin
    foreach t in array array['money_rates', 'pay_tiers', 'paid_work', 'ledger_entries', 'budgets'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) '
                       || 'with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    end loop;
end $$;

create function ledger_entries_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger entries are append-only';
end $$;
create trigger ledger_entries_append_only before update on ledger_entries
    for each row execute function ledger_entries_append_only();

alter table money_rates add constraint money_rates_ledger check (ledger in ('CONTRACT', 'PAY'));
alter table money_rates add constraint money_rates_basis check (basis in ('TASK', 'ACCEPTED_TASK', 'ACTIVE_HOUR'));
alter table ledger_entries add constraint ledger_entries_kind
    check (kind in ('TASK', 'ACCEPTED', 'HOURS', 'REVERSAL', 'ADJUSTMENT', 'PAYOUT'));

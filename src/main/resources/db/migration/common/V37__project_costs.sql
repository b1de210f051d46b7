-- The costs posted for a project, kept as a running total so that the budget's hard stop (a rule of every claim) and
-- the submit's budget alerts read a few rows instead of summing the project's whole ledger (O(entries) on every claim
-- of a budgeted project, docs/workforce.md). Every ledger entry but a payout, in the tenant keeping the ledger, adds
-- its amount here when its insert takes (a replayed post inserts nothing and adds nothing): a trigger does it in the
-- insert's own transaction (postgresql/V37_1, h2/V37_1), so the total can never disagree with the entries.
-- slot spreads one project's total over a few rows: concurrent submits of a hot project add to different rows
-- instead of queueing on one row lock until their commits; a read sums at most eight rows.
create table project_costs (
    tenant_id   uuid          not null,
    project_id  uuid          not null,
    currency    char(3)       not null,
    slot        smallint      not null,
    spent       numeric(19,4) not null,
    primary key (tenant_id, project_id, currency, slot)
);

-- Time and pay (module money, docs/workforce.md "Rates, ledgers and budgets"). Amounts are exact decimals with a
-- currency (ISO 4217 code), never floats. Every table is tenant-owned: a rate, a tier, an entry or a budget lives in
-- the tenant of the organization that keeps it (the lab's contract ledger in the lab's, a vendor's pay ledger in the
-- vendor's), so row-level security keeps a vendor's pay from the lab and every vendor's figures from the others.

-- A rate: ledger CONTRACT (what the lab owes vendor_org_id) or PAY (what vendor_org_id, the tenant itself, owes its
-- people). scope_key is project|task type|tier with '*' for "any": one rate per scope, the most specific one wins.
create table money_rates (
    tenant_id      uuid          not null,
    id             uuid          not null,
    ledger         varchar(10)   not null,
    vendor_org_id  uuid          not null,
    project_id     uuid,
    task_type      varchar(40),
    tier           varchar(40),
    scope_key      varchar(200)  not null,
    basis          varchar(20)   not null,
    amount         numeric(19,4) not null,
    currency       char(3)       not null,
    set_by         uuid          not null,
    set_at         timestamp with time zone not null,
    primary key (tenant_id, id)
);
create unique index money_rates_scope on money_rates (tenant_id, ledger, vendor_org_id, scope_key);

-- An annotator's expertise tier, set by their own organization.
create table pay_tiers (
    tenant_id  uuid        not null,
    person_id  uuid        not null,
    tier       varchar(40) not null,
    set_by     uuid        not null,
    set_at     timestamp with time zone not null,
    primary key (tenant_id, person_id)
);

-- One row per answer submitted on the lab's project (the work done): what a review decision later prices.
create table paid_work (
    tenant_id      uuid        not null,
    annotation_id  uuid        not null,
    project_id     uuid        not null,
    assignment_id  uuid,
    person_id      uuid        not null,
    vendor_org_id  uuid        not null,
    task_type      varchar(40) not null,
    active_millis  bigint      not null,
    reviewed       boolean     not null,
    submitted_at   timestamp with time zone not null,
    primary key (tenant_id, annotation_id)
);

-- The ledgers, append-only: work (TASK, ACCEPTED, HOURS), REVERSAL, ADJUSTMENT, PAYOUT. Positive = owed to the payee
-- (vendor_org_id on CONTRACT, person_id on PAY); a payout and a reversal are negative. source_key makes posting
-- idempotent: an entry for the same source (annotation, review, request) is never posted twice.
create table ledger_entries (
    tenant_id        uuid          not null,
    id               uuid          not null,
    ledger           varchar(10)   not null,
    vendor_org_id    uuid          not null,
    customer_org_id  uuid          not null,
    person_id        uuid,
    project_id       uuid,
    annotation_id    uuid,
    kind             varchar(12)   not null,
    source_key       varchar(200)  not null,
    amount           numeric(19,4) not null,
    currency         char(3)       not null,
    rate             numeric(19,4),
    active_millis    bigint,
    reason           varchar(500),
    created_by       uuid,
    created_at       timestamp with time zone not null,
    primary key (tenant_id, id)
);
create unique index ledger_entries_source on ledger_entries (tenant_id, source_key);
create index ledger_entries_project on ledger_entries (tenant_id, project_id, currency);
create index ledger_entries_period on ledger_entries (tenant_id, ledger, created_at);
create index ledger_entries_person on ledger_entries (tenant_id, person_id, created_at);

-- A project's budget: thresholds in percent ("50,80,100"); alerted_percent: the highest one already notified.
create table budgets (
    tenant_id        uuid          not null,
    project_id       uuid          not null,
    amount           numeric(19,4) not null,
    currency         char(3)       not null,
    thresholds       varchar(100)  not null,
    alerted_percent  integer       not null,
    set_by           uuid          not null,
    set_at           timestamp with time zone not null,
    primary key (tenant_id, project_id)
);

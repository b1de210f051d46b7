-- Webhooks of a project (module webhook, docs/webhooks.md): URLs a project's admins and managers name, each with the
-- events it receives; every event is written to the outbox in the transaction that publishes it and POSTed with a
-- Standard Webhooks signature.
--
-- webhooks: tenant-owned. The signing secret (whsec_…) is sealed under the tenant's keyset (TenantCrypto, column
-- webhooks.secret). events: the event types it receives, as ",type,type," so that one LIKE selects the subscribers of
-- an event inside the statement that writes its deliveries. enabled: false when a manager turned it off, or after
-- persistent failure (disabled_reason says why; null when turned off by hand).
create table webhooks (
    tenant_id        uuid          not null,
    id               uuid          not null,
    project_id       uuid          not null,
    url              varchar(2000) not null,
    secret           text          not null,
    events           varchar(1000) not null,
    enabled          boolean       not null,
    created_by       uuid          not null,
    created_at       timestamp with time zone not null,
    disabled_at      timestamp with time zone,
    disabled_reason  varchar(500),
    primary key (tenant_id, id)
);
create index webhooks_of_project on webhooks (tenant_id, project_id);

-- The outbox: one row per (message, webhook). message_id is the webhook-id header, the same for every webhook of the
-- project that receives the event and for every retry. body: the JSON sent (event type, time, ids only: no item data,
-- no texts). state: PENDING (next_attempt_at says when; an instance sending it moves next_attempt_at past its lease
-- first), DELIVERED, FAILED (retried until retry_until without success, or its webhook was disabled). A manual
-- redelivery makes it PENDING again with a new retry period.
create table webhook_deliveries (
    tenant_id        uuid          not null,
    webhook_id       uuid          not null,
    message_id       uuid          not null,
    event_type       varchar(60)   not null,
    body             varchar(4000) not null,
    state            varchar(12)   not null,
    attempts         integer       not null,
    created_at       timestamp with time zone not null,
    next_attempt_at  timestamp with time zone not null,
    retry_until      timestamp with time zone not null,
    finished_at      timestamp with time zone,
    last_status      integer,
    primary key (tenant_id, webhook_id, message_id)
);
create index webhook_deliveries_due on webhook_deliveries (tenant_id, state, next_attempt_at);
create index webhook_deliveries_log on webhook_deliveries (tenant_id, webhook_id, created_at);

-- The delivery log: one row per attempt (status code or error, time, duration).
create table webhook_attempts (
    tenant_id     uuid          not null,
    id            uuid          not null,
    webhook_id    uuid          not null,
    message_id    uuid          not null,
    attempted_at  timestamp with time zone not null,
    status_code   integer,
    error         varchar(500),
    duration_ms   bigint        not null,
    primary key (tenant_id, id)
);
create index webhook_attempts_of_delivery on webhook_attempts (tenant_id, webhook_id, message_id, attempted_at);

-- Platform table like witness_due: ids and a time only (no URL, no body), readable without a tenant, so any instance
-- finds the tenants with deliveries due before it opens that tenant's transaction. Written with the delivery rows in
-- the same statements; a row whose delivery is gone or finished is dropped by the next sweep of its tenant.
create table webhook_due (
    webhook_id   uuid  not null,
    message_id   uuid  not null,
    tenant_id    uuid  not null,
    due_at       timestamp with time zone not null,
    primary key (webhook_id, message_id)
);
create index webhook_due_at on webhook_due (due_at);

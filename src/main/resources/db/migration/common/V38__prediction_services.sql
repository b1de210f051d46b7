-- Model-assisted labeling (module prediction, docs/model-assistance.md): a project's prediction service, the state of
-- each item's prediction by it, and a platform table of due services for the background batches.
--
-- prediction_services: tenant-owned, one per project. kind: LABEL_STUDIO (an ML backend's /predict) or OPENAI (a
-- chat-completions endpoint). The API key and the prompt templates are sealed under the tenant's keyset (TenantCrypto,
-- columns prediction_services.api_key and .prompts). Nothing is sent while enabled is false (the default).
-- generation rises whenever what the service is asked changes (kind, URL, model, prompts): every item is then asked
-- again. cursor_item_id is the last item handed to a batch in this generation (item ids are UUIDv7, so items imported
-- later come after it); next_request_at spaces the batches of all instances by the rate limit. queue_order: ID (the
-- claim's usual order) or LEAST_CONFIDENT (active learning: items.queue_rank written from each prediction's score).
create table prediction_services (
    tenant_id            uuid          not null,
    id                   uuid          not null,
    project_id           uuid          not null,
    kind                 varchar(20)   not null,
    url                  varchar(2000) not null,
    model                varchar(200),
    api_key              text,
    prompts              text,
    enabled              boolean       not null,
    queue_order          varchar(20)   not null,
    batch_size           integer       not null,
    requests_per_minute  integer       not null,
    generation           integer       not null,
    cursor_item_id       uuid,
    next_request_at      timestamp with time zone,
    model_version        varchar(200),
    last_error           varchar(500),
    last_error_at        timestamp with time zone,
    enabled_by           uuid,
    updated_by           uuid          not null,
    updated_at           timestamp with time zone not null,
    primary key (tenant_id, id)
);
create unique index prediction_services_project on prediction_services (tenant_id, project_id);

-- One row per (service, item) asked in the current generation. state: SENDING (a batch holds it until
-- next_attempt_at, its lease), RETRY (asked again at next_attempt_at), DONE (the prediction is stored on the item),
-- FAILED (given up: attempts exhausted or an answer that can never succeed). uncertainty: 1 - the model's confidence.
create table prediction_items (
    tenant_id        uuid         not null,
    service_id       uuid         not null,
    item_id          uuid         not null,
    state            varchar(12)  not null,
    attempts         integer      not null,
    next_attempt_at  timestamp with time zone not null,
    model_version    varchar(200),
    uncertainty      double precision,
    error            varchar(500),
    primary key (tenant_id, service_id, item_id)
);
create index prediction_items_due on prediction_items (tenant_id, service_id, state, next_attempt_at);

-- Platform table like witness_due: ids and a time only, readable without a tenant, so any instance finds the enabled
-- services whose next batch is due before it opens that tenant's transaction. Written with the service row.
create table prediction_due (
    service_id  uuid  not null primary key,
    tenant_id   uuid  not null,
    due_at      timestamp with time zone not null
);
create index prediction_due_at on prediction_due (due_at);

-- Active learning within the claim's index-only path: the claim takes the first open item in (queue_rank, id) order
-- through items_ranked_queue. queue_rank is 0 for every item unless the project's prediction service orders the queue
-- by uncertainty; then it is the model's confidence in millionths (least confident first; items not scored yet keep 0
-- and come first, as the most uncertain). items_queue stays for the other readers of (state, id) order.
alter table items add column queue_rank integer default 0 not null;
create index items_ranked_queue on items (tenant_id, project_id, state, queue_rank, id);

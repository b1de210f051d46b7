-- Export jobs (issue 24): an export the user starts, leaves and comes back to. Any instance runs a queued job (its row
-- locked FOR UPDATE SKIP LOCKED while it is taken); the finished file is kept in export_chunks, each chunk sealed
-- with the tenant's keys like an uploaded image, so crypto-shredding and key rotation reach it as they reach items.
create table export_jobs (
    tenant_id     uuid          not null,
    id            uuid          not null,
    project_id    uuid          not null,
    requested_by  uuid          not null,
    format        varchar(20)   not null,
    -- The export's parameters as JSON (format, filter, question, licence): ids and dates, no payload.
    request       varchar(4000) not null,
    status        varchar(10)   not null,
    rows_total    bigint        default 0 not null,
    rows_done     bigint        default 0 not null,
    items         bigint        default 0 not null,
    lines         bigint        default 0 not null,
    byte_count    bigint        default 0 not null,
    file_name     varchar(200),
    content_type  varchar(100),
    error         varchar(2000),
    created_at    timestamp with time zone not null,
    started_at    timestamp with time zone,
    heartbeat_at  timestamp with time zone,
    finished_at   timestamp with time zone,
    primary key (tenant_id, id)
);
create index export_jobs_project on export_jobs (tenant_id, project_id, created_at);
create index export_jobs_status on export_jobs (status, created_at);

create table export_chunks (
    tenant_id  uuid     not null,
    id         uuid     not null,
    export_id  uuid     not null,
    seq        integer  not null,
    content    text     not null,
    primary key (tenant_id, id)
);
create unique index export_chunks_order on export_chunks (tenant_id, export_id, seq);

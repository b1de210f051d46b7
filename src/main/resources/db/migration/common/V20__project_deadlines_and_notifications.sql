-- A project's optional deadline (module project): when the customer wants the work done. The annotator's home orders
-- projects by priority, then deadline (earliest first, none last), then id.
alter table projects add column deadline timestamp with time zone;

-- In-app notifications (module notification): one row per message to one user, owned by the user's organization
-- (tenant_id), newest first per user. kind names what happened (QUALIFICATION_PASSED, ...); text is shown in the app
-- only; link is a path inside the app (#/...). read_at is null while unread.
create table notifications (
    tenant_id   uuid          not null,
    id          uuid          not null,
    user_id     uuid          not null,
    kind        varchar(60)   not null,
    text        varchar(2000) not null,
    link        varchar(500),
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone,
    primary key (tenant_id, id)
);

create index notifications_of_user on notifications (tenant_id, user_id, id);

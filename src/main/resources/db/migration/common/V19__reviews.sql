-- Review (issue 21): a share of the submitted annotations passes a review stage and, optionally, a QA stage.

-- Per project review settings; a project without a row has no review (stages NONE).
create table review_settings (
    tenant_id            uuid        not null,
    project_id           uuid        not null,
    stages               varchar(20) not null,
    review_share         integer     not null,
    qa_share             integer     not null,
    first_answers        integer     not null,
    target_disagreement  boolean     not null,
    target_missed_gold   boolean     not null,
    max_rounds           integer     not null,
    updated_at           timestamp with time zone not null,
    primary key (tenant_id, project_id)
);

-- One row per annotation sampled into a stage: the review queue. state WAITING → LEASED (reviewer, lease, fencing
-- token) → ACCEPTED | CORRECTED | REJECTED. A LEASED row whose lease expired is waiting again; the token rises with
-- every lease, so the decision of the earlier holder fails. REJECTED is where a later rework step picks it up.
-- annotator_org_id: a workforce's reviewer reviews only its own workforce's annotators.
create table reviews (
    tenant_id         uuid        not null,
    id                uuid        not null,
    project_id        uuid        not null,
    item_id           uuid        not null,
    annotation_id     uuid        not null,
    annotator_id      uuid        not null,
    annotator_org_id  uuid        not null,
    stage             varchar(10) not null,
    reason            varchar(20) not null,
    state             varchar(10) not null,
    reviewer_id       uuid,
    fencing_token     bigint      default 0 not null,
    lease_expires_at  timestamp with time zone,
    created_at        timestamp with time zone not null,
    decided_at        timestamp with time zone,
    primary key (tenant_id, id)
);
-- Each annotation enters each stage at most once, whoever samples it and however often.
create unique index reviews_once_per_stage on reviews (tenant_id, annotation_id, stage);
-- The queue: waiting and leased reviews of a project in id (time) order.
create index reviews_queue on reviews (tenant_id, project_id, state, id);
create index reviews_item on reviews (tenant_id, item_id, id);

-- Every decision, append-only: who, when, in which stage, under which schema version. body: the feedback, the
-- per-question feedback and a correction's answer, as one JSON text sealed under the tenant's keyset. A correction is
-- the annotation's new version; the annotation itself is never changed.
create table review_decisions (
    tenant_id       uuid        not null,
    id              uuid        not null,
    review_id       uuid        not null,
    project_id      uuid        not null,
    item_id         uuid        not null,
    annotation_id   uuid        not null,
    reviewer_id     uuid        not null,
    stage           varchar(10) not null,
    decision        varchar(10) not null,
    schema_version  integer     not null,
    body            text        not null,
    decided_at      timestamp with time zone not null,
    primary key (tenant_id, id)
);
create unique index review_decisions_once on review_decisions (tenant_id, review_id);
create index review_decisions_item on review_decisions (tenant_id, item_id, decided_at);

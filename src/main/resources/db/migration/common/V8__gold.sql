-- Quality control in the service (issue 4): gold items, qualification and pausing, adaptive overlap.

-- A gold item (honeypot) has a known answer, sealed like the payload (ItemPayloads); null for every other item.
-- Gold items sit in the queue state 'GOLD', outside OPEN/FULL/DONE, so the ordinary claim never takes them and they
-- use no slot: the gold step of the claim serves one to any annotator who has not seen it yet.
alter table items add column gold_answer text;
-- Slots added by adaptive overlap beyond the project's overlap; the item is DONE at overlap + extra_slots answers.
alter table items add column extra_slots integer default 0 not null;

-- A gold assignment ends with its lease: its slot never passes to another annotator.
alter table assignments add column gold boolean default false not null;

-- Per project quality settings; a project without a row has no gold mixing, no qualification, no pausing and no
-- adaptive overlap.
create table quality_settings (
    tenant_id                uuid             not null,
    project_id               uuid             not null,
    gold_rate                double precision not null,
    qualification_items      integer          not null,
    qualification_threshold  double precision not null,
    pause_threshold          double precision not null,
    pause_min_answers        integer          not null,
    adaptive_threshold       double precision,
    max_overlap              integer          not null,
    updated_at               timestamp with time zone not null,
    primary key (tenant_id, project_id)
);

-- One row per submitted gold answer: whether it matched the known answer. Accuracy, qualification and pausing are
-- computed from these rows, so they always agree with what the annotator actually answered.
create table gold_results (
    tenant_id      uuid    not null,
    assignment_id  uuid    not null,
    project_id     uuid    not null,
    item_id        uuid    not null,
    annotator_id   uuid    not null,
    correct        boolean not null,
    created_at     timestamp with time zone not null,
    primary key (tenant_id, assignment_id)
);
create index gold_results_annotator on gold_results (tenant_id, project_id, annotator_id, created_at);

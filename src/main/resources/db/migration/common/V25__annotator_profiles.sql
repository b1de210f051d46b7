-- People and skills, and a project's requirements of its annotators (issue 22, docs/workforce.md). Profile rows belong
-- to the person's organization (tenant_id = a vendor's or, for in-house annotators, the lab's); a project's
-- requirements to the project's customer.

-- One row per person who has saved a profile: IANA time zone and weekly availability (JSON: weekday -> hour ranges).
create table annotator_profiles (
    tenant_id     uuid         not null,
    person_id     uuid         not null,
    time_zone     varchar(64),
    availability  varchar(4000) not null,
    updated_by    uuid         not null,
    updated_at    timestamp with time zone not null,
    primary key (tenant_id, person_id)
);

-- Free tags, stored lower-case (chemistry, rust, korean legal).
create table annotator_skills (
    tenant_id  uuid        not null,
    person_id  uuid        not null,
    skill      varchar(60) not null,
    primary key (tenant_id, person_id, skill)
);

-- BCP 47 tags (ko, pt-BR) with a CEFR level or NATIVE.
create table annotator_languages (
    tenant_id  uuid        not null,
    person_id  uuid        not null,
    language   varchar(35) not null,
    level      varchar(6)  not null,
    primary key (tenant_id, person_id, language)
);

-- Degrees, licences and certificates; verified by an admin or manager of the person's organization (an
-- administrative act in that organization's access log), with a note and the date of the verification.
create table annotator_credentials (
    tenant_id          uuid         not null,
    id                 uuid         not null,
    person_id          uuid         not null,
    kind               varchar(20)  not null,
    title              varchar(200) not null,
    issuer             varchar(200),
    added_by           uuid         not null,
    added_at           timestamp with time zone not null,
    verified_by        uuid,
    verified_on        date,
    verified_at        timestamp with time zone,
    verification_note  varchar(1000),
    primary key (tenant_id, id)
);
create index annotator_credentials_person on annotator_credentials (tenant_id, person_id);

-- An organization's choice to show its people's names to the customers it works for (none: pseudonyms).
create table workforce_settings (
    tenant_id       uuid    not null,
    share_identity  boolean not null,
    updated_by      uuid    not null,
    updated_at      timestamp with time zone not null,
    primary key (tenant_id)
);

-- A project's requirements, one row each: kind SKILL (name = the skill), LANGUAGE (name = the tag, level = the
-- minimum), CREDENTIAL (name = the kind, level unused, title = a title or null for any), GOLD (minimum accuracy
-- over at least min_count gold answers on the customer's projects).
create table project_requirements (
    tenant_id   uuid         not null,
    project_id  uuid         not null,
    kind        varchar(12)  not null,
    name        varchar(200) not null,
    title       varchar(200) not null,
    level       varchar(6),
    minimum     decimal(5, 4),
    min_count   integer,
    primary key (tenant_id, project_id, kind, name, title)
);

-- The claim's gold record of an annotator across the customer's projects (quality.GoldRecords): one index range.
create index gold_results_by_annotator on gold_results (tenant_id, annotator_id, correct);

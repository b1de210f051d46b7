-- Vendor shares (module project, docs/workforce.md "Routing: vendor shares"): per project, the share of the work each
-- workforce should take — an engaged workforce organization, or the owning organization for its in-house people —
-- as an exact percentage, and optionally a cap, the most tasks that workforce may take on the project. A project
-- without rows routes no work by share.
create table project_shares (
    tenant_id         uuid         not null,
    project_id        uuid         not null,
    workforce_org_id  uuid         not null,
    target_percent    numeric(5,2) not null,
    task_cap          integer,
    updated_by        uuid         not null,
    updated_at        timestamp with time zone not null,
    primary key (tenant_id, project_id, workforce_org_id)
);

-- The organization each claim was made for (module work): the claimer's organization at the claim, so a claim
-- counts for the workforce it was made for even if its annotator moves later. Assignments made before this
-- migration take their annotator's organization now (on PostgreSQL in V26_1, past row-level security).
alter table assignments add column workforce_org_id uuid;
update assignments set workforce_org_id = (select u.org_id from users u where u.id = assignments.annotator_id)
where workforce_org_id is null;

-- The claim's one question on a project with shares, per workforce: its last non-gold claims (the window), a claim
-- in the last minutes (people working) and its non-gold claims up to its cap; each an index range of this one index.
create index assignments_workforce on assignments (tenant_id, project_id, workforce_org_id, gold, claimed_at);

-- The vendor shares' window (docs/workforce.md "Routing: vendor shares"): the project's last 200 non-gold claims, read
-- as one backward range of this index with the claimer's workforce in it, instead of the last 200 of each workforce
-- merged (200 entries per workforce). assignments_workforce stays for the per-workforce questions (a claim lately, the
-- count up to a cap), which stop at their first entries.
create index assignments_recent on assignments (tenant_id, project_id, gold, claimed_at, workforce_org_id);

-- The quality page's reports kept per project (module quality, issue 25): the manager's report per consensus method,
-- the comparison rankings and the bias figures were computed over all the project's answers on every page load (145 s
-- at 300,000 answers, docs/benchmarks.md "Ten million items"). A page load now reads one row; the report is computed
-- again when what it was computed from (basis) no longer matches the project: at once for a small project, in the
-- background for a large one, which meanwhile is shown the kept report with its age.
-- id: the row the sealed body is bound to (TenantCrypto, re-encryption after a key rotation, crypto-shredding).
-- body: the report as JSON, sealed under the tenant's keys; null until first computed.
-- answers: the project's answer count it was computed from; basis: the rest of what it was computed from (item and
-- gold counts, label schema version, quality settings), compared as text.
-- computing_since: the lease of the one instance recomputing it in the background (null: nobody); a lease older than
-- annota.quality.recompute-lease is taken over (its instance stopped).
create table quality_reports (
    tenant_id        uuid         not null,
    id               uuid         not null,
    project_id       uuid         not null,
    variant          varchar(20)  not null,
    body             text,
    answers          bigint,
    basis            varchar(500),
    computed_at      timestamp with time zone,
    computing_since  timestamp with time zone,
    primary key (tenant_id, id)
);
create unique index quality_reports_variant on quality_reports (tenant_id, project_id, variant);

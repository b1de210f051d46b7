-- Rework (issue 21): a rejected answer goes back to its annotator first, then to the pool; feedback replies.

-- work: a rework is an assignment of the same item again. round: the answer's round (1 for ordinary work, 2 for the
-- first rework...); supersedes: the rejected annotation it reworks; rework_review_id: the review that rejected it.
-- State REWORK: offered to annotator_id until lease_expires_at (the project's lease duration after the rejection);
-- their next claim turns it into a LEASED assignment. Past that, like an expired lease, anyone eligible takes it over
-- (never the rejected annotator, who holds a row of that item already).
alter table assignments add column round integer default 1 not null;
alter table assignments add column supersedes uuid;
alter table assignments add column rework_review_id uuid;
-- "Never the same item twice" per round: ordinary claims are all round 1; a rework is offered once per round.
drop index assignments_once;
create unique index assignments_once on assignments (tenant_id, item_id, annotator_id, round);

-- annotation: a resubmission is a new annotation that names the one it supersedes (which is kept, never changed).
alter table annotations add column supersedes uuid;
alter table annotations add column round integer default 1 not null;

-- review: the round of the annotation reviewed; rework: after a REJECT, OPEN (waiting for the resubmission), DONE
-- (resubmitted: the new annotation is in the same stage's queue) or CLOSED (past maxRounds, or a gold item: no rework).
alter table reviews add column round integer default 1 not null;
alter table reviews add column rework varchar(10);

-- An annotator's one reply to a decision on their annotation: id is the decision's id (one reply per decision, and the
-- (tenant_id, id) key the re-encryption job expects); body: the text, sealed under the tenant's keyset.
create table review_replies (
    tenant_id     uuid not null,
    id            uuid not null,
    annotator_id  uuid not null,
    body          text not null,
    created_at    timestamp with time zone not null,
    primary key (tenant_id, id)
);
-- The feedback inbox: an annotator's reviews, newest first.
create index reviews_annotator on reviews (tenant_id, annotator_id, id);

-- Leaks traced to their source (docs/trust.md): a project opts in to per-view marks and a visible watermark.
alter table projects add column leak_marks boolean default false not null;

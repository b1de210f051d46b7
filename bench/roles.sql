-- The benchmarks' PostgreSQL roles (bench/server.sh, bench/export.sh): an owner that runs the migrations and an
-- application role without tables and without BYPASSRLS, as in production (docs/configuration.md).
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'annota_bench_owner') then
    create role annota_bench_owner login password 'annota-bench' nosuperuser nobypassrls nocreatedb nocreaterole;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'annota_bench_app') then
    create role annota_bench_app login password 'annota-bench' nosuperuser nobypassrls nocreatedb nocreaterole;
  end if;
end $$;

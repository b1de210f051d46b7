-- A transaction's writes at commit travel in one round trip with its COMMIT (tenancy/RoundTrips). A write expected to
-- change a given number of rows is checked in the statement itself, as
--   with changed as (<write> returning 1) select annota_expect_changed(count(*), <expected>, <write>) from changed
-- so that a mismatch (the exposure a claim touches, gone because its organization was deleted meanwhile) raises an
-- error before the COMMIT in the same round trip runs, and the transaction rolls back. Volatile (the default): never
-- folded away by the planner. Executable by PUBLIC, as every new function is, so the application role may call it.
create function annota_expect_changed(changed bigint, expected integer, what text) returns bigint
    language plpgsql as $$
begin
    if changed <> expected then
        raise exception 'A write at commit changed % rows, not %: %', changed, expected, what;
    end if;
    return changed;
end
$$;

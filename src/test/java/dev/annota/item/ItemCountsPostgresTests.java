package dev.annota.item;

import dev.annota.testing.OnSharedPostgres;

/** The kept item counts on PostgreSQL: the statement triggers, their sixteen slots, row-level security. */
@OnSharedPostgres
class ItemCountsPostgresTests extends ItemCountsTests {
}

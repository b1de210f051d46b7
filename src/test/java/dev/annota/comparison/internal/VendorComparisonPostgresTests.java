package dev.annota.comparison.internal;

import dev.annota.testing.OnSharedPostgres;

/** The vendor comparison and its isolation rules over HTTP on PostgreSQL, as the application role under row-level security. */
@OnSharedPostgres
class VendorComparisonPostgresTests extends VendorComparisonApiTests {
}

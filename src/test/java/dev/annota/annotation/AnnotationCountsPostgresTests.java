package dev.annota.annotation;

import dev.annota.testing.OnSharedPostgres;

/** The kept answer counts on PostgreSQL: the statement triggers, row-level security. */
@OnSharedPostgres
class AnnotationCountsPostgresTests extends AnnotationCountsTests {
}

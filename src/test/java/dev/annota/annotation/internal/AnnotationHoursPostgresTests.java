package dev.annota.annotation.internal;

import dev.annota.testing.OnSharedPostgres;

/**
 * The kept answers per hour on PostgreSQL: the statement triggers, their slots, row-level security, and hours cut in
 * UTC when the writing session's time zone is half an hour off it (Asia/Kolkata, +05:30).
 */
@OnSharedPostgres
class AnnotationHoursPostgresTests extends AnnotationHoursTests {

    @Override
    void inTheWritingSession() {
        jdbc.sql("set local time zone 'Asia/Kolkata'").update();
    }
}

package dev.annota.annotation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import dev.annota.tenancy.CounterTriggerOnH2;

/**
 * Keeps {@code annotation_hours} on H2 (h2/V45_1): an answer made here (no source) adds one to its project's count of
 * the UTC hour it was made in, a deleted one takes it off; imported answers are not counted. The PostgreSQL trigger
 * (postgresql/V45_1) does the same per statement; H2 calls this class per row in the writing transaction.
 */
public class AnnotationHoursOnH2 extends CounterTriggerOnH2 {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        if (value(row, "source") != null) {
            return;
        }
        long by = newRow != null ? 1 : -1;
        OffsetDateTime hour = instant(value(row, "created_at")).truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
        addOrCreate(conn, c -> {
            try (var update = c.prepareStatement("update annotation_hours set annotations = annotations + ? "
                    + "where tenant_id = ? and project_id = ? and hour_start = ? and slot = 0")) {
                update.setLong(1, by);
                update.setObject(2, value(row, "tenant_id"));
                update.setObject(3, value(row, "project_id"));
                update.setObject(4, hour);
                return update.executeUpdate();
            }
        }, c -> {
            try (var insert = c.prepareStatement(
                    "insert into annotation_hours (tenant_id, project_id, hour_start, slot, annotations) values (?, ?, ?, 0, ?)")) {
                insert.setObject(1, value(row, "tenant_id"));
                insert.setObject(2, value(row, "project_id"));
                insert.setObject(3, hour);
                insert.setLong(4, by);
                return insert.executeUpdate();
            }
        });
    }

    private static Instant instant(Object at) {
        return switch (at) {
            case OffsetDateTime t -> t.toInstant();
            case Timestamp t -> t.toInstant();
            case Instant t -> t;
            default -> throw new IllegalStateException("An annotation's created_at of type " + at.getClass());
        };
    }
}

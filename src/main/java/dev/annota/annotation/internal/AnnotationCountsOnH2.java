package dev.annota.annotation.internal;

import java.sql.Connection;
import java.sql.SQLException;

import dev.annota.tenancy.CounterTriggerOnH2;

/**
 * Keeps {@code annotation_counts} on H2 (h2/V43_1): an inserted annotation adds one to its annotator's count on its
 * project (and to the imported count when it came from another tool), a deleted one takes it off. The PostgreSQL
 * trigger (postgresql/V43_1) does the same per statement; H2 calls this class per row in the writing transaction.
 */
public class AnnotationCountsOnH2 extends CounterTriggerOnH2 {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        long by = newRow != null ? 1 : -1;
        long imported = value(row, "source") != null ? by : 0;
        addOrCreate(conn, c -> update(c, row, by, imported), c -> {
            try (var insert = c.prepareStatement(
                    "insert into annotation_counts (tenant_id, project_id, annotator_id, annotations, imported) values (?, ?, ?, ?, ?)")) {
                insert.setObject(1, value(row, "tenant_id"));
                insert.setObject(2, value(row, "project_id"));
                insert.setObject(3, value(row, "annotator_id"));
                insert.setLong(4, by);
                insert.setLong(5, imported);
                return insert.executeUpdate();
            }
        });
    }

    private int update(Connection conn, Object[] row, long by, long imported) throws SQLException {
        try (var update = conn.prepareStatement("update annotation_counts set annotations = annotations + ?, imported = imported + ? "
                + "where tenant_id = ? and project_id = ? and annotator_id = ?")) {
            update.setLong(1, by);
            update.setLong(2, imported);
            update.setObject(3, value(row, "tenant_id"));
            update.setObject(4, value(row, "project_id"));
            update.setObject(5, value(row, "annotator_id"));
            return update.executeUpdate();
        }
    }
}

package dev.annota.annotation.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.h2.api.Trigger;

/**
 * Keeps {@code annotation_counts} on H2 (h2/V43_1): an inserted annotation adds one to its annotator's count on its
 * project (and to the imported count when it came from another tool), a deleted one takes it off. The PostgreSQL
 * trigger (postgresql/V43_1) does the same per statement; H2 calls this class per row in the writing transaction.
 */
public class AnnotationCountsOnH2 implements Trigger {

    private int tenant;
    private int project;
    private int annotator;
    private int source;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var rs = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)); // in ordinal order
            }
        }
        tenant = columns.indexOf("tenant_id");
        project = columns.indexOf("project_id");
        annotator = columns.indexOf("annotator_id");
        source = columns.indexOf("source");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        long by = newRow != null ? 1 : -1;
        long imported = row[source] != null ? by : 0;
        if (update(conn, row, by, imported) == 0) {
            try (var insert = conn.prepareStatement(
                    "insert into annotation_counts (tenant_id, project_id, annotator_id, annotations, imported) values (?, ?, ?, ?, ?)")) {
                insert.setObject(1, row[tenant]);
                insert.setObject(2, row[project]);
                insert.setObject(3, row[annotator]);
                insert.setLong(4, by);
                insert.setLong(5, imported);
                insert.executeUpdate();
            } catch (SQLException duplicate) {
                if (update(conn, row, by, imported) == 0) {
                    throw duplicate;
                }
            }
        }
    }

    private int update(Connection conn, Object[] row, long by, long imported) throws SQLException {
        try (var update = conn.prepareStatement("update annotation_counts set annotations = annotations + ?, imported = imported + ? "
                + "where tenant_id = ? and project_id = ? and annotator_id = ?")) {
            update.setLong(1, by);
            update.setLong(2, imported);
            update.setObject(3, row[tenant]);
            update.setObject(4, row[project]);
            update.setObject(5, row[annotator]);
            return update.executeUpdate();
        }
    }
}

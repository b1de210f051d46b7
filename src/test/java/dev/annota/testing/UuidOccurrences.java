package dev.annota.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Where ids are still stored: every uuid column of every table in the catalog, for the deletion tests. */
public final class UuidOccurrences {

    private UuidOccurrences() {
    }

    /** How many rows of each uuid column hold one of the ids ("table.column" → rows), over a connection that sees all. */
    public static Map<String, Long> in(Connection c, Set<UUID> ids) throws SQLException {
        var found = new LinkedHashMap<String, Long>();
        var columns = new ArrayList<String[]>();
        try (var rs = c.getMetaData().getColumns(null, c.getSchema(), "%", "%")) {
            while (rs.next()) {
                if ("uuid".equalsIgnoreCase(rs.getString("TYPE_NAME"))) {
                    columns.add(new String[] {rs.getString("TABLE_NAME").toLowerCase(), rs.getString("COLUMN_NAME").toLowerCase()});
                }
            }
        }
        assertThat(columns).as("uuid columns in the catalog").hasSizeGreaterThan(40);
        String in = String.join(",", ids.stream().map(id -> "?").toList());
        for (String[] column : columns) {
            try (var s = c.prepareStatement("select count(*) from " + column[0] + " where " + column[1] + " in (" + in + ")")) {
                int i = 1;
                for (UUID id : ids) {
                    s.setObject(i++, id);
                }
                try (var rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        found.put(column[0] + "." + column[1], rs.getLong(1));
                    }
                }
            }
        }
        return found;
    }
}

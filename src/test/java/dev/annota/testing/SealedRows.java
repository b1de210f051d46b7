package dev.annota.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.item.ItemPayloads;

/**
 * What someone reading the database directly (a superuser connection) finds of one tenant's encryption at rest: its
 * sealed payloads and answers as stored, and its wrapped keyset. For the tests that check what shredding leaves behind.
 */
public final class SealedRows {

    public static final EncryptedColumn ANSWER = new EncryptedColumn("annotations", "answer");

    private SealedRows() {
    }

    /** One stored value: its column, its row and the text in the column. */
    public record SealedRow(EncryptedColumn column, UUID id, String stored) {
    }

    /** The tenant's item payloads, then its answers, each by row id, as the columns hold them. */
    public static List<SealedRow> payloadsAndAnswers(Connection c, UUID tenant) throws SQLException {
        var rows = new ArrayList<SealedRow>();
        for (var column : List.of(ItemPayloads.PAYLOAD, ANSWER)) {
            try (var s = c.prepareStatement("select id, " + column.column() + " from " + column.table()
                    + " where tenant_id = ? order by id")) {
                s.setObject(1, tenant);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new SealedRow(column, rs.getObject(1, UUID.class), rs.getString(2)));
                    }
                }
            }
        }
        return rows;
    }

    /** {@code tenant_keys.keyset} of the tenant, whose row must exist (after shredding, as a tombstone: null). */
    public static String wrappedKeyset(Connection c, UUID tenant) throws SQLException {
        try (var s = c.prepareStatement("select keyset from tenant_keys where tenant_id = ?")) {
            s.setObject(1, tenant);
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).as("the tenant_keys row exists (a tombstone once shredded)").isTrue();
                return rs.getString(1);
            }
        }
    }
}

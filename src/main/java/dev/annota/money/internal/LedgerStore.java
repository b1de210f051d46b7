package dev.annota.money.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import dev.annota.money.Entry;
import dev.annota.money.EntryKind;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.tenancy.RoundTrips;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledgers' entries, append-only: posted, never changed (PostgreSQL refuses an UPDATE, V28_1). Every method runs
 * inside the transaction of the tenant keeping the ledger.
 */
@Component
public record LedgerStore(JdbcClient jdbc) {

    private static final String COLUMNS = """
            id, ledger, vendor_org_id, customer_org_id, person_id, project_id, annotation_id, kind, amount, currency, rate,
            active_millis, reason, created_by, created_at, source_key""";

    /** An entry read with the source it was posted for. */
    record Posted(Entry entry, String sourceKey) {
    }
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    /**
     * Posts an entry unless one was posted for {@code sourceKey} already (a replay): true when posted. The unique
     * (tenant, source) index decides, so two concurrent posts of the same source leave one entry.
     */
    boolean post(UUID tenantId, Entry e, String sourceKey) {
        return jdbc.sql(INSERT).params(values(tenantId, e, sourceKey)).update() == 1;
    }

    /** As {@link #post(UUID, Entry, String)}, queued on a round trip; its result: whether it was posted. */
    java.util.function.Supplier<Boolean> post(dev.annota.tenancy.RoundTrip trip, UUID tenantId, Entry e, String sourceKey) {
        var rows = trip.update(INSERT, values(tenantId, e, sourceKey));
        return () -> rows.get() == 1;
    }

    /** As {@link #post(UUID, Entry, String)}, written at the transaction's commit, in {@code tenantId}'s rows. */
    void postAtCommit(RoundTrips trips, UUID tenantId, Entry e, String sourceKey) {
        trips.atCommitFor(tenantId, -1, INSERT, values(tenantId, e, sourceKey));
    }

    private static final String INSERT = "insert into ledger_entries (tenant_id, id, ledger, vendor_org_id, customer_org_id, person_id,"
            + " project_id, annotation_id, kind, source_key, amount, currency, rate, active_millis, reason, created_by, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";

    private Object[] values(UUID tenantId, Entry e, String sourceKey) {
        return new Object[] {tenantId, e.id() == null ? IDS.generate() : e.id(), e.ledger().name(), e.vendorOrgId(), e.customerOrgId(),
                e.personId(), e.projectId(), e.annotationId(), e.kind().name(), sourceKey, e.amount().amount(),
                e.amount().currency().getCurrencyCode(), e.rate() == null ? null : e.rate().amount(), e.activeMillis(),
                e.reason(), e.createdBy(), Timestamp.from(e.at())};
    }

    /** The work entries (TASK, ACCEPTED) posted for an answer, in this tenant: what a rejection reverses. */
    List<Posted> reversible(UUID tenantId, UUID annotationId) {
        return jdbc.sql("select " + COLUMNS + " from ledger_entries where tenant_id = ? and annotation_id = ? and kind in ('TASK', 'ACCEPTED')")
                .params(tenantId, annotationId).query((rs, n) -> new Posted(map(rs), rs.getString("source_key"))).list();
    }

    /** The entries of a ledger in [from, to), oldest first, optionally of one vendor and/or one person. */
    List<Entry> entries(UUID tenantId, Ledger ledger, UUID vendorOrgId, UUID personId, Instant from, Instant to) {
        var sql = new StringBuilder("select " + COLUMNS + " from ledger_entries where tenant_id = ? and ledger = ? and created_at >= ? and created_at < ?");
        var params = new ArrayList<Object>(List.of(tenantId, ledger.name(), Timestamp.from(from), Timestamp.from(to)));
        if (vendorOrgId != null) {
            sql.append(" and vendor_org_id = ?");
            params.add(vendorOrgId);
        }
        if (personId != null) {
            sql.append(" and person_id = ?");
            params.add(personId);
        }
        sql.append(" order by created_at, id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
    }

    /**
     * The costs posted for budget {@code b}'s project in its currency, as a column of a query over {@code budgets b}:
     * every entry but payouts (contract entries and in-house pay), read from the running totals the ledger's insert
     * trigger keeps (V37), at most eight rows, instead of a sum over the project's entries.
     */
    static final String SPENT_OF_BUDGET = "(select coalesce(sum(c.spent), 0) from project_costs c where c.tenant_id = b.tenant_id"
            + " and c.project_id = b.project_id and c.currency = b.currency)";

    /** The costs posted for a project in a currency (every kind but payouts): contract entries and in-house pay. */
    BigDecimal spent(UUID tenantId, UUID projectId, String currency) {
        return jdbc.sql("select coalesce(sum(spent), 0) from project_costs where tenant_id = ? and project_id = ? and currency = ?")
                .params(tenantId, projectId, currency).query(BigDecimal.class).single();
    }

    private static Entry map(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency").strip();
        BigDecimal rate = rs.getBigDecimal("rate");
        long millis = rs.getLong("active_millis");
        Long activeMillis = rs.wasNull() ? null : millis;
        return new Entry(rs.getObject("id", UUID.class), Ledger.valueOf(rs.getString("ledger")), rs.getObject("vendor_org_id", UUID.class),
                rs.getObject("customer_org_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("project_id", UUID.class), rs.getObject("annotation_id", UUID.class),
                EntryKind.valueOf(rs.getString("kind")), Money.of(rs.getBigDecimal("amount"), currency),
                rate == null ? null : Money.of(rate, currency), activeMillis, rs.getString("reason"),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant());
    }
}

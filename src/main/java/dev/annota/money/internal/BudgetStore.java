package dev.annota.money.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.annota.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects' budgets, in the lab's tenant. */
@Component
record BudgetStore(JdbcClient jdbc) {

    record Row(UUID projectId, Money amount, List<Integer> thresholds, int alertedPercent) {
    }

    static final String SELECT = "select project_id, amount, currency, thresholds, alerted_percent from budgets";

    Optional<Row> of(UUID tenantId, UUID projectId) {
        return jdbc.sql(SELECT + " where tenant_id = ? and project_id = ?").params(tenantId, projectId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), Money.of(rs.getBigDecimal(2), rs.getString(3).strip()),
                        thresholds(rs.getString(4)), rs.getInt(5)))
                .optional();
    }

    /** A budget with the costs posted so far in its currency. */
    record Standing(Row budget, BigDecimal spent) {
    }

    /** The budget with its costs so far, queued on a round trip (empty: the project has none). */
    java.util.function.Supplier<Optional<Standing>> standing(dev.annota.tenancy.RoundTrip trip, UUID tenantId, UUID projectId) {
        var row = trip.queryOptional("select b.project_id, b.amount, b.currency, b.thresholds, b.alerted_percent, "
                        + LedgerStore.SPENT_OF_BUDGET + " from budgets b where b.tenant_id = ? and b.project_id = ?",
                (rs, n) -> new Standing(new Row(rs.getObject(1, UUID.class), Money.of(rs.getBigDecimal(2), rs.getString(3).strip()),
                        thresholds(rs.getString(4)), rs.getInt(5)), rs.getBigDecimal(6)), tenantId, projectId);
        return row::get;
    }

    /** Sets the budget; the thresholds already told stay told unless the amount or thresholds start them over. */
    void set(UUID tenantId, UUID projectId, Money amount, List<Integer> thresholds, UUID by, Instant at) {
        jdbc.sql("delete from budgets where tenant_id = ? and project_id = ?").params(tenantId, projectId).update();
        jdbc.sql("""
                        insert into budgets (tenant_id, project_id, amount, currency, thresholds, alerted_percent, set_by, set_at)
                        values (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(tenantId, projectId, amount.amount(), amount.currency().getCurrencyCode(),
                        thresholds.stream().map(String::valueOf).collect(Collectors.joining(",")), by, Timestamp.from(at))
                .update();
    }

    void remove(UUID tenantId, UUID projectId) {
        jdbc.sql("delete from budgets where tenant_id = ? and project_id = ?").params(tenantId, projectId).update();
    }

    /**
     * Marks {@code percent} told unless it (or a higher one) was: true for the one transaction that marks it, so each
     * threshold is told once even under concurrent submits (the row's lock orders them).
     */
    boolean markAlerted(UUID tenantId, UUID projectId, int percent) {
        return jdbc.sql("update budgets set alerted_percent = ? where tenant_id = ? and project_id = ? and alerted_percent < ?")
                .params(percent, tenantId, projectId, percent).update() == 1;
    }

    static List<Integer> thresholds(String stored) {
        return stored.isBlank() ? List.of() : Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
    }

    static BigDecimal percentOf(BigDecimal spent, BigDecimal amount) {
        return amount.signum() == 0 ? BigDecimal.valueOf(Long.MAX_VALUE) : spent.multiply(BigDecimal.valueOf(100))
                .divide(amount, 4, java.math.RoundingMode.FLOOR);
    }
}

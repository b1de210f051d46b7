package dev.annota.money.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.annota.money.Entry;
import dev.annota.money.EntryKind;
import dev.annota.money.Ledger;
import dev.annota.money.Money;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running totals of a project's costs (project_costs, V37), kept by a trigger on the ledger's inserts, always equal
 * the sum over the project's entries but payouts: after replays, reversals, payouts, a rolled-back post, other
 * currencies and projects, and concurrent posts. On H2 here (the Java trigger), on PostgreSQL under row-level security
 * in ProjectCostsPostgresTests (the PL/pgSQL trigger and its eight slots).
 */
@ApiTest
class ProjectCostsTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerStore ledger;
    @Autowired
    TenantScope scope;
    @Autowired
    JdbcClient jdbc;

    private static Entry entry(UUID lab, UUID project, EntryKind kind, String amount, String currency) {
        return new Entry(null, Ledger.CONTRACT, UUID.randomUUID(), lab, null, project, null, kind, Money.of(new BigDecimal(amount), currency),
                null, null, null, null, Instant.now());
    }

    private BigDecimal summedOverTheLedger(UUID lab, UUID project, String currency) {
        return scope.read(lab, () -> jdbc.sql("""
                        select coalesce(sum(amount), 0) from ledger_entries
                        where tenant_id = ? and project_id = ? and currency = ? and kind <> 'PAYOUT'""")
                .params(lab, project, currency).query(BigDecimal.class).single());
    }

    private BigDecimal spent(UUID lab, UUID project, String currency) {
        return scope.read(lab, () -> ledger.spent(lab, project, currency));
    }

    @Test
    void theTotalCountsEveryEntryThatTookAndNoReplayPayoutOrOtherCurrency() {
        var setup = fixtures.labProject("Costs lab", 1, 1);
        UUID lab = setup.lab().id();
        UUID project = setup.project().id();
        UUID other = UUID.randomUUID();
        scope.write(lab, () -> {
            assertThat(ledger.post(lab, entry(lab, project, EntryKind.TASK, "1.50", "EUR"), "task:a")).isTrue();
            // The same source again, even with another amount: the unique source key refuses it, and the total with it.
            assertThat(ledger.post(lab, entry(lab, project, EntryKind.TASK, "9.99", "EUR"), "task:a")).isFalse();
            ledger.post(lab, entry(lab, project, EntryKind.ACCEPTED, "2.25", "EUR"), "accepted:a");
            ledger.post(lab, entry(lab, project, EntryKind.REVERSAL, "-1.50", "EUR"), "reversal:a");
            ledger.post(lab, entry(lab, project, EntryKind.PAYOUT, "-100", "EUR"), "payout:1");
            ledger.post(lab, entry(lab, project, EntryKind.TASK, "7", "USD"), "task:usd");
            ledger.post(lab, entry(lab, other, EntryKind.TASK, "5", "EUR"), "task:other");
        });

        assertThat(spent(lab, project, "EUR")).isEqualByComparingTo("2.25").isEqualByComparingTo(summedOverTheLedger(lab, project, "EUR"));
        assertThat(spent(lab, project, "USD")).isEqualByComparingTo("7");
        assertThat(spent(lab, other, "EUR")).isEqualByComparingTo("5");
        assertThat(spent(lab, UUID.randomUUID(), "EUR")).isEqualByComparingTo("0");
    }

    @Test
    void aPostRolledBackWithItsTransactionLeavesTheTotalAsItWas() {
        var setup = fixtures.labProject("Costs rollback lab", 1, 1);
        UUID lab = setup.lab().id();
        UUID project = setup.project().id();
        scope.write(lab, () -> ledger.post(lab, entry(lab, project, EntryKind.TASK, "3", "EUR"), "task:kept"));

        assertThatThrownBy(() -> scope.write(lab, () -> {
            ledger.post(lab, entry(lab, project, EntryKind.TASK, "4", "EUR"), "task:lost");
            throw new IllegalStateException("the submit failed after posting");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(spent(lab, project, "EUR")).isEqualByComparingTo("3").isEqualByComparingTo(summedOverTheLedger(lab, project, "EUR"));
    }

    @Test
    void concurrentPostsToOneProjectAllCountAndReplaysRacingThemCountOnce() throws Exception {
        var setup = fixtures.labProject("Costs concurrency lab", 1, 1);
        UUID lab = setup.lab().id();
        UUID project = setup.project().id();
        int threads = 6;
        int posts = 20;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            var done = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < posts; i++) {
                        int n = i;
                        // Every thread posts the same sources: each one takes once, whoever is first.
                        scope.write(lab, () -> ledger.post(lab, entry(lab, project, EntryKind.TASK, "0.01", "EUR"), "task:" + n));
                        scope.write(lab, () -> ledger.post(lab, entry(lab, project, EntryKind.HOURS, "0.10", "EUR"), "hours:" + UUID.randomUUID()));
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
        }

        BigDecimal expected = new BigDecimal("0.01").multiply(BigDecimal.valueOf(posts))
                .add(new BigDecimal("0.10").multiply(BigDecimal.valueOf((long) threads * posts)));
        assertThat(spent(lab, project, "EUR")).isEqualByComparingTo(expected).isEqualByComparingTo(summedOverTheLedger(lab, project, "EUR"));
    }
}

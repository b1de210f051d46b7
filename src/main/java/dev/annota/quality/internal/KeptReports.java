package dev.annota.quality.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.uuid.Generators;
import dev.annota.annotation.AnswerFigures;
import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.TenantCrypto;
import dev.annota.item.ItemRows;
import dev.annota.project.Project;
import dev.annota.quality.KeptQualityReports;
import dev.annota.quality.KeptReportSource;
import dev.annota.quality.QualitySettings;
import dev.annota.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quality page's reports kept per project (table quality_reports, rules in {@link KeptReport}): a page load reads
 * the kept report and the project's basis (a few rows of kept counters) instead of fitting every answer of the project.
 * A report whose basis moved is computed within the request while the project has fewer than
 * {@code annota.quality.kept-from-answers} answers; above, the kept one is served marked stale (202 when there is none
 * yet) and one instance recomputes it in the background: the one whose UPDATE took the row's lease, so instances
 * sharing the database never fit the same report twice at once. The body is sealed under the tenant's keys, bound to
 * the row: key rotation re-encrypts it, crypto-shredding makes it unreadable, deleting the organization deletes it.
 */
@Component
record KeptReports(JdbcClient jdbc, TenantScope tenants, TenantCrypto crypto, JsonMapper json, Clock clock,
        AnswerFigures answerFigures, ItemRows items, KeptReports.Background background,
        @Value("${annota.quality.kept-from-answers:20000}") long keptFromAnswers,
        @Value("${annota.quality.recompute-lease:1h}") Duration lease) implements KeptQualityReports {

    private static final Logger log = LoggerFactory.getLogger(KeptReports.class);
    static final EncryptedColumn BODY = new EncryptedColumn("quality_reports", "body");

    @Override
    public Served serve(Project p, String variant, QualitySettings settings, Function<KeptReportSource.Stamp, Object> compute) {
        // One transaction on the primary: a few counter rows and the kept row, whatever the project's size.
        record Look(KeptReport.Basis now, Optional<KeptReport> kept) {
        }
        var look = tenants.read(p.tenantId(), () -> new Look(basis(p, settings), find(p, variant)));
        var now = look.now();
        var kept = look.kept();
        switch (KeptReport.answer(kept.orElse(null), now, () -> onReadDatabase(p, settings), keptFromAnswers)) {
            case KEPT -> {
                return new Served.Report(shown(kept.get(), false));
            }
            case READ_DATABASE_BEHIND -> {
                return new Served.Report(shown(kept.get(), true));
            }
            case COMPUTE_NOW -> {
                return new Served.Report(shown(computeAndKeep(p, variant, settings, compute), false));
            }
            case KEPT_STALE -> {
                recomputeInTheBackground(p, variant, settings, compute, kept.get());
                return new Served.Report(shown(kept.get(), true));
            }
            default -> {
                var since = recomputeInTheBackground(p, variant, settings, compute, kept.orElse(null));
                var retry = KeptReport.retryAfter(now);
                return new Served.Computing(new ReportComputing("computing", "This report is being computed over the project's "
                        + now.answers() + " answers; ask again in " + retry.toSeconds() + " seconds.", since, now.answers()), retry);
            }
        }
    }

    /** The report as served: the kept JSON with {@code stale} set. */
    private ObjectNode shown(KeptReport kept, boolean stale) {
        var body = (ObjectNode) json.readTree(kept.body());
        body.put("stale", stale);
        return body;
    }

    /** The basis as the read database shows it now: what a computation started now would see. */
    private KeptReport.Basis onReadDatabase(Project p, QualitySettings settings) {
        return tenants.readFromReplica(p.tenantId(), () -> basis(p, settings));
    }

    private KeptReport.Basis basis(Project p, QualitySettings settings) {
        return KeptReport.Basis.of(answerFigures.totals(p.tenantId(), p.id()).annotations(),
                items.countsByState(p.tenantId(), p.id()), p.schemaVersion(), settings);
    }

    /**
     * Computes the report and keeps it with its basis, read in the same (replica) transaction as the answers, so a
     * kept report never claims answers it did not see.
     */
    private KeptReport computeAndKeep(Project p, String variant, QualitySettings settings, Function<KeptReportSource.Stamp, Object> compute) {
        record Computed(KeptReport.Basis basis, Instant at, String body) {
        }
        var computed = tenants.readFromReplica(p.tenantId(), () -> {
            var basis = basis(p, settings);
            Instant at = clock.instant();
            return new Computed(basis, at, json.writeValueAsString(compute.apply(new KeptReportSource.Stamp(at, basis.answers()))));
        });
        tenants.write(p.tenantId(), () -> {
            UUID id = row(p, variant);
            jdbc.sql("""
                            update quality_reports set body = ?, answers = ?, basis = ?, computed_at = ?, computing_since = null
                            where tenant_id = ? and id = ?""")
                    .params(crypto.seal(BODY, p.tenantId(), id, computed.body()), computed.basis().answers(),
                            computed.basis().rest(), Timestamp.from(computed.at()), p.tenantId(), id)
                    .update();
        });
        return new KeptReport(computed.body(), computed.basis(), computed.at(), null);
    }

    /**
     * Starts the recompute here when this instance takes the row's lease (an UPDATE that matches only while no other
     * instance holds it); returns since when the report is being computed.
     */
    private Instant recomputeInTheBackground(Project p, String variant, QualitySettings settings,
                                             Function<KeptReportSource.Stamp, Object> compute, KeptReport kept) {
        Instant now = leaseTime();
        if (kept != null && kept.beingComputed(now, lease)) {
            return kept.computingSince();
        }
        var taken = take(p, variant, now);
        if (taken.isEmpty()) {
            return tenants.read(p.tenantId(), () -> find(p, variant)).map(KeptReport::computingSince).orElse(now);
        }
        if (!background.execute(taken.get(), () -> computeUnder(taken.get(), p, variant, settings, compute))) {
            background.release(taken.get());
        }
        return now;
    }

    /**
     * Computes the report in the calling thread if it is still stale and this instance takes its lease (the background
     * refresh, {@link KeptReportRefresh}); true when it was computed.
     */
    boolean refresh(Project p, String variant, QualitySettings settings, Function<KeptReportSource.Stamp, Object> compute) {
        var kept = tenants.read(p.tenantId(), () -> find(p, variant));
        if (kept.isEmpty() || kept.get().body() == null) {
            return false;
        }
        var now = tenants.read(p.tenantId(), () -> basis(p, settings));
        var answer = KeptReport.answer(kept.get(), now, () -> onReadDatabase(p, settings), 0);
        if (answer != KeptReport.Answer.KEPT_STALE) {
            return false;
        }
        var taken = take(p, variant, leaseTime());
        if (taken.isEmpty() || !background.hold(taken.get())) {
            taken.ifPresent(background::release);
            return false;
        }
        try {
            computeUnder(taken.get(), p, variant, settings, compute);
        } finally {
            background.drop(taken.get());
        }
        return true;
    }

    /** Lease times as the database keeps them (microseconds), so that a lease can be matched exactly to release it. */
    private Instant leaseTime() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The row's lease for this instance, taken at {@code now}, when no other instance holds it. */
    private Optional<Lease> take(Project p, String variant, Instant now) {
        return tenants.write(p.tenantId(), () -> {
            UUID id = row(p, variant);
            boolean taken = jdbc.sql("""
                            update quality_reports set computing_since = ?
                            where tenant_id = ? and id = ? and (computing_since is null or computing_since < ?)""")
                    .params(Timestamp.from(now), p.tenantId(), id, Timestamp.from(now.minus(lease)))
                    .update() == 1;
            return taken ? Optional.of(new Lease(p.tenantId(), id, now)) : Optional.empty();
        });
    }

    private void computeUnder(Lease held, Project p, String variant, QualitySettings settings, Function<KeptReportSource.Stamp, Object> compute) {
        try {
            computeAndKeep(p, variant, settings, compute);
        } catch (RuntimeException e) {
            log.warn("Quality report {} of project {} (organization {}) not computed: {}", variant, p.id(), p.tenantId(), e.toString());
            background.release(held);
        }
    }

    /** A kept report that the background refresh recomputes. */
    record Stale(UUID projectId, String variant) {
    }

    /**
     * The tenant's kept reports computed before {@code keptBefore}, not being computed, whose project has had answers
     * since (oldest first): the background refresh's work. The answer counts come from the kept counters, one short
     * read per project.
     */
    List<Stale> answeredSinceKept(UUID tenantId, Instant keptBefore) {
        record Row(UUID projectId, String variant, long answers) {
        }
        return tenants.read(tenantId, () -> {
            var rows = jdbc.sql("""
                            select project_id, variant, answers from quality_reports
                            where tenant_id = ? and body is not null and computed_at < ?
                              and (computing_since is null or computing_since < ?)
                            order by computed_at""")
                    .params(tenantId, Timestamp.from(keptBefore), Timestamp.from(clock.instant().minus(lease)))
                    .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3))).list();
            var answers = new HashMap<UUID, Long>();
            return rows.stream()
                    .filter(r -> answers.computeIfAbsent(r.projectId(), id -> answerFigures.totals(tenantId, id).annotations()) != r.answers())
                    .map(r -> new Stale(r.projectId(), r.variant())).toList();
        });
    }

    /** The id of the project's row for the variant, inserted empty the first time. Inside a write transaction. */
    private UUID row(Project p, String variant) {
        jdbc.sql("insert into quality_reports (tenant_id, id, project_id, variant) values (?, ?, ?, ?) on conflict do nothing")
                .params(p.tenantId(), Generators.timeBasedEpochGenerator().generate(), p.id(), variant).update();
        return jdbc.sql("select id from quality_reports where tenant_id = ? and project_id = ? and variant = ?")
                .params(p.tenantId(), p.id(), variant).query(UUID.class).single();
    }

    private Optional<KeptReport> find(Project p, String variant) {
        return jdbc.sql("""
                        select id, body, answers, basis, computed_at, computing_since from quality_reports
                        where tenant_id = ? and project_id = ? and variant = ?""")
                .params(p.tenantId(), p.id(), variant)
                .query((rs, n) -> {
                    String stored = rs.getString(2);
                    var since = rs.getTimestamp(6);
                    return new KeptReport(stored == null ? null : crypto.open(BODY, p.tenantId(), rs.getObject(1, UUID.class), stored),
                            stored == null ? null : new KeptReport.Basis(rs.getLong(3), rs.getString(4)),
                            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(), since == null ? null : since.toInstant());
                })
                .optional();
    }

    /** A lease this instance took on a row: released by matching its exact time, so never another instance's. */
    record Lease(UUID tenantId, UUID row, Instant since) {
    }

    /**
     * The threads that recompute large projects' reports, one per report being computed on this instance, and the
     * leases this instance holds (those threads' and the background refresh's). On a graceful shutdown it stops after
     * the web server has finished its requests (a lower phase), so no lease is taken after it: it interrupts its
     * threads, waits up to {@code annota.quality.stop-wait} for those about to finish, then releases every lease still
     * held, so that another instance computes those reports at the next page load or refresh instead of waiting for
     * the lease to lapse ({@code annota.quality.recompute-lease}, 1 h). A computation that goes on regardless (a fit
     * does not look at interrupts) may still keep its report afterwards: the same report, harmless.
     */
    @Component
    static class Background implements SmartLifecycle {

        private final JdbcClient jdbc;
        private final TenantScope tenants;
        private final Duration stopWait;
        private final Set<Lease> held = ConcurrentHashMap.newKeySet();
        private volatile ExecutorService threads;

        Background(JdbcClient jdbc, TenantScope tenants, @Value("${annota.quality.stop-wait:5s}") Duration stopWait) {
            this.jdbc = jdbc;
            this.tenants = tenants;
            this.stopWait = stopWait;
        }

        /** Runs {@code work} on a thread of its own, holding {@code lease} meanwhile; false when stopped. */
        boolean execute(Lease lease, Runnable work) {
            var running = threads;
            if (running == null || !hold(lease)) {
                return false;
            }
            try {
                running.execute(() -> {
                    try {
                        work.run();
                    } finally {
                        drop(lease);
                    }
                });
                return true;
            } catch (RejectedExecutionException stopping) {
                drop(lease);
                return false;
            }
        }

        /** Counts {@code lease} as held here until {@link #drop}; false when stopped (the caller releases it). */
        boolean hold(Lease lease) {
            if (threads == null) {
                return false;
            }
            held.add(lease);
            return true;
        }

        void drop(Lease lease) {
            held.remove(lease);
        }

        /** Gives the lease up, unless another instance has taken the row over meanwhile. */
        void release(Lease lease) {
            held.remove(lease);
            tenants.write(lease.tenantId(), () -> jdbc.sql(
                            "update quality_reports set computing_since = null where tenant_id = ? and id = ? and computing_since = ?")
                    .params(lease.tenantId(), lease.row(), Timestamp.from(lease.since())).update());
        }

        @Override
        public void start() {
            threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("annota-quality-report-", 0).factory());
        }

        @Override
        public void stop() {
            var running = threads;
            threads = null;
            if (running == null) {
                return;
            }
            running.shutdownNow();
            try {
                running.awaitTermination(stopWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (Lease lease : List.copyOf(held)) {
                try {
                    release(lease);
                } catch (RuntimeException e) {
                    log.warn("Lease of quality report {} (organization {}) not released: {}", lease.row(), lease.tenantId(), e.toString());
                }
            }
        }

        @Override
        public boolean isRunning() {
            return threads != null;
        }

        /** Stops after the web server's graceful shutdown (phases above) and the pollers (the default phase). */
        @Override
        public int getPhase() {
            return DEFAULT_PHASE - 4096;
        }
    }

    /** Registers the column for re-encryption after a key rotation. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn qualityReportBodyColumn() {
            return BODY;
        }
    }
}

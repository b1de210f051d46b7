package dev.annota.quality.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.uuid.Generators;
import dev.annota.annotation.AnswerFigures;
import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.TenantCrypto;
import dev.annota.item.ItemRows;
import dev.annota.project.Project;
import dev.annota.quality.QualitySettings;
import dev.annota.tenancy.TenantScope;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
        @Value("${annota.quality.recompute-lease:1h}") Duration lease) {

    private static final Logger log = LoggerFactory.getLogger(KeptReports.class);
    static final EncryptedColumn BODY = new EncryptedColumn("quality_reports", "body");

    /** The body of a 202: the report is being computed; ask again after {@code Retry-After}. */
    record ReportComputing(@Schema(description = "Always computing") String status, String detail,
                           @Schema(description = "When the computation started") Instant since,
                           @Schema(description = "The project's answers it is computed over") long answers) {
    }

    /** The 202 of a report endpoint in the API description: no report kept yet, computing in the background. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @ApiResponse(responseCode = "202", description = QualityController.COMPUTING,
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = "integer")),
            content = @Content(schema = @Schema(implementation = ReportComputing.class)))
    @interface ComputingAccepted {
    }

    /**
     * The report {@code variant} of the project: kept, computed now, or kept and stale (or 202) while recomputed.
     * {@code compute} fits the report from the project's answers (in the read transaction this opens); {@code settings}
     * is part of the basis for reports that show them, else null.
     */
    ResponseEntity<Object> serve(Project p, String variant, QualitySettings settings, Function<KeptReport.Stamp, Object> compute) {
        // One transaction on the primary: a few counter rows and the kept row, whatever the project's size.
        record Look(KeptReport.Basis now, Optional<KeptReport> kept) {
        }
        var look = tenants.read(p.tenantId(), () -> new Look(basis(p, settings), find(p, variant)));
        var now = look.now();
        var kept = look.kept();
        switch (KeptReport.answer(kept.orElse(null), now, keptFromAnswers)) {
            case KEPT -> {
                return ResponseEntity.ok(shown(kept.get(), false));
            }
            case COMPUTE_NOW -> {
                return ResponseEntity.ok(shown(computeAndKeep(p, variant, settings, compute), false));
            }
            case KEPT_STALE -> {
                recomputeInTheBackground(p, variant, settings, compute, kept.get());
                return ResponseEntity.ok(shown(kept.get(), true));
            }
            default -> {
                var since = recomputeInTheBackground(p, variant, settings, compute, kept.orElse(null));
                var retry = KeptReport.retryAfter(now);
                return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.RETRY_AFTER, String.valueOf(retry.toSeconds()))
                        .body(new ReportComputing("computing", "This report is being computed over the project's " + now.answers()
                                + " answers; ask again in " + retry.toSeconds() + " seconds.", since, now.answers()));
            }
        }
    }

    /** The report as served: the kept JSON with {@code stale} set. */
    private ObjectNode shown(KeptReport kept, boolean stale) {
        var body = (ObjectNode) json.readTree(kept.body());
        body.put("stale", stale);
        return body;
    }

    private KeptReport.Basis basis(Project p, QualitySettings settings) {
        return KeptReport.Basis.of(answerFigures.totals(p.tenantId(), p.id()).annotations(),
                items.countsByState(p.tenantId(), p.id()), p.schemaVersion(), settings);
    }

    /**
     * Computes the report and keeps it with its basis, read in the same (replica) transaction as the answers, so a
     * kept report never claims answers it did not see.
     */
    private KeptReport computeAndKeep(Project p, String variant, QualitySettings settings, Function<KeptReport.Stamp, Object> compute) {
        record Computed(KeptReport.Basis basis, Instant at, String body) {
        }
        var computed = tenants.readFromReplica(p.tenantId(), () -> {
            var basis = basis(p, settings);
            Instant at = clock.instant();
            return new Computed(basis, at, json.writeValueAsString(compute.apply(new KeptReport.Stamp(at, basis.answers()))));
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
                                             Function<KeptReport.Stamp, Object> compute, KeptReport kept) {
        Instant now = clock.instant();
        if (kept != null && kept.beingComputed(now, lease)) {
            return kept.computingSince();
        }
        boolean taken = tenants.write(p.tenantId(), () -> jdbc.sql("""
                        update quality_reports set computing_since = ?
                        where tenant_id = ? and id = ? and (computing_since is null or computing_since < ?)""")
                .params(Timestamp.from(now), p.tenantId(), row(p, variant), Timestamp.from(now.minus(lease)))
                .update() == 1);
        if (!taken) {
            return tenants.read(p.tenantId(), () -> find(p, variant)).map(KeptReport::computingSince).orElse(now);
        }
        background.execute(() -> {
            try {
                computeAndKeep(p, variant, settings, compute);
            } catch (RuntimeException e) {
                log.warn("Quality report {} of project {} (organization {}) not computed: {}", variant, p.id(), p.tenantId(), e.toString());
                tenants.write(p.tenantId(), () -> jdbc.sql("update quality_reports set computing_since = null where tenant_id = ? and project_id = ? and variant = ?")
                        .params(p.tenantId(), p.id(), variant).update());
            }
        });
        return now;
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

    /**
     * The threads that recompute large projects' reports, one per report being computed on this instance. Those still
     * running at shutdown are abandoned: their lease lapses and another instance takes it.
     */
    @Component
    static class Background implements DisposableBean {

        private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("annota-quality-report-", 0).factory());

        void execute(Runnable work) {
            threads.execute(work);
        }

        @Override
        public void destroy() {
            threads.shutdownNow();
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

package dev.annota.audit.internal;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import dev.annota.tenancy.TenantScope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raising an access log integrity alarm, in this order: an ERROR line in the server log and the counter
 * {@code annota.audit.integrity.alarms} (tag {@code kind}), both outside the database; this instance's memory; and a
 * row of {@code access_log_alarms} in a transaction of its own (the refused work rolls back, the alarm stays), which
 * the organization's admins and managers read through {@code GET /api/v1/audit/alarms} and the Access log page. A
 * database-level attacker can delete the row; not the log line, the count, nor what this instance remembers, and the
 * signer raises the alarm again at every attempt for as long as the log stays inconsistent.
 */
@Component
class IntegrityAlarms {

    private static final Logger log = LoggerFactory.getLogger(IntegrityAlarms.class);
    static final String METRIC = "annota.audit.integrity.alarms";
    /** Alarms kept in memory per tenant (the newest): enough to show that some were raised, whatever the database says. */
    private static final int REMEMBERED = 20;

    private final JdbcClient jdbc;
    private final TenantScope tenants;
    private final TransactionTemplate ownTransaction;
    private final MeterRegistry meters;
    private final Map<UUID, Deque<IntegrityAlarm.Details>> raised = new ConcurrentHashMap<>();

    IntegrityAlarms(JdbcClient jdbc, TenantScope tenants, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.meters = meters;
    }

    void raise(IntegrityAlarm alarm) {
        var a = alarm.details();
        log.error("ACCESS LOG INTEGRITY ALARM: tenant {} {}: signed size {} root {}, database size {} root {}: {}", a.tenant(),
                a.kind(), a.signedSize(), IntegrityAlarm.b64(a.signedRoot()), a.databaseSize(),
                IntegrityAlarm.b64(a.databaseRoot()), a.detail());
        Counter.builder(METRIC).description("Access log integrity alarms (checkpoints refused, damaged logs found)")
                .tag("kind", a.kind().name()).register(meters).increment();
        var mine = raised.computeIfAbsent(a.tenant(), t -> new ConcurrentLinkedDeque<>());
        if (mine.stream().noneMatch(known -> same(known, a))) {
            mine.addFirst(a);
            while (mine.size() > REMEMBERED) {
                mine.removeLast();
            }
        }
        try {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                // Inside the refused work's transaction (an organization's deletion): that one rolls back.
                tenants.write(a.tenant(), () -> ownTransaction.executeWithoutResult(s -> store(a)));
            } else {
                tenants.write(a.tenant(), () -> store(a));
            }
        } catch (RuntimeException e) {
            log.error("Could not store the access log integrity alarm of tenant {} (it is in this log and the metric)", a.tenant(), e);
        }
    }

    /** Once per distinct alarm: the signer raises it again at every attempt while the log stays inconsistent. */
    private void store(IntegrityAlarm.Details a) {
        boolean known = jdbc.sql("select count(*) from access_log_alarms where tenant_id = ? and kind = ? and detail = ?")
                .params(a.tenant(), a.kind().name(), detail(a)).query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("""
                    insert into access_log_alarms (tenant_id, id, raised_at, kind, signed_size, signed_root, database_size,
                                                   database_root, detail)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(a.tenant(), a.id(), Timestamp.from(a.raisedAt().truncatedTo(ChronoUnit.MICROS)), a.kind().name(),
                            a.signedSize(), a.signedRoot(), a.databaseSize(), a.databaseRoot(), detail(a))
                    .update();
        }
    }

    /**
     * The tenant's alarms, newest first: those stored, and those this instance raised that the database no longer
     * holds (marked as such).
     */
    List<Alarm> of(UUID tenant) {
        var all = new ArrayList<Alarm>(tenants.read(tenant, () -> jdbc.sql("""
                        select id, raised_at, kind, signed_size, signed_root, database_size, database_root, detail
                        from access_log_alarms where tenant_id = ? order by raised_at desc limit 100""")
                .param(tenant)
                .query((rs, n) -> new Alarm(new IntegrityAlarm.Details(rs.getObject(1, UUID.class), tenant,
                        rs.getTimestamp(2).toInstant(), IntegrityAlarm.Kind.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4), rs.getBytes(5), (Long) rs.getObject(6), rs.getBytes(7), rs.getString(8)), true))
                .list()));
        for (var a : raised.getOrDefault(tenant, new ConcurrentLinkedDeque<>())) {
            if (all.stream().noneMatch(stored -> same(stored.details(), a))) {
                all.add(new Alarm(a, false));
            }
        }
        all.sort(Comparator.comparing((Alarm x) -> x.details().raisedAt()).reversed());
        return all;
    }

    /** An alarm and whether the database still holds it (false: only this instance's memory does). */
    record Alarm(IntegrityAlarm.Details details, boolean stored) {
    }

    private static boolean same(IntegrityAlarm.Details a, IntegrityAlarm.Details b) {
        return a.kind() == b.kind() && detail(a).equals(detail(b));
    }

    private static String detail(IntegrityAlarm.Details a) {
        return a.detail().length() > 1000 ? a.detail().substring(0, 1000) : a.detail();
    }
}

package dev.annota.operations;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The domain's own metrics, recorded by the modules that do the work and published with Micrometer's HTTP, pool and
 * JVM meters on {@code /actuator/prometheus} (docs/operations.md "Monitor" lists them with their Prometheus names).
 * Every call is cheap (a counter or a field): none reads the database when Prometheus scrapes. Labels never carry a
 * name or any other tenant text: the queue depth is labelled by project id only, and nothing else by tenant.
 */
@Component
public class DomainMetrics {

    /** The meter a module delivering webhooks records each attempt on, tagged {@code kind} and {@code outcome}. */
    public static final String WEBHOOK_DELIVERIES = "annota.webhook.deliveries";

    private final MeterRegistry registry;
    private final Counter claimsServed;
    private final Counter claimsEmpty;
    private final Counter claimsRefused;
    private final Counter submits;
    private final Counter skips;
    private final Counter leaseExpiries;
    private final Counter imports;
    private final Counter importedItems;
    private final Counter sequencedEvents;
    private final Timer sequencingLag;
    private final Map<UUID, AtomicLong> queueDepths = new ConcurrentHashMap<>();
    private final Map<UUID, Gauge> queueDepthGauges = new ConcurrentHashMap<>();
    private final AtomicLong reencryptionJobs = new AtomicLong();
    private final AtomicLong reencryptionRowsTotal = new AtomicLong();
    private final AtomicLong reencryptionRowsScanned = new AtomicLong();

    /** Without a registry (the offline commands' contexts) the meters are kept in memory and never published. */
    @Autowired
    DomainMetrics(ObjectProvider<MeterRegistry> registries) {
        this(registries.getIfAvailable(SimpleMeterRegistry::new));
    }

    public DomainMetrics(MeterRegistry registry) {
        this.registry = registry;
        String claims = "annota.work.claims";
        claimsServed = Counter.builder(claims).description("Claims answered, by outcome: a task, none left, refused")
                .tag("outcome", "task").register(registry);
        claimsEmpty = Counter.builder(claims).tag("outcome", "none").register(registry);
        claimsRefused = Counter.builder(claims).tag("outcome", "refused").register(registry);
        submits = Counter.builder("annota.work.submits").description("Answers submitted").register(registry);
        skips = Counter.builder("annota.work.skips").description("Tasks skipped").register(registry);
        leaseExpiries = Counter.builder("annota.work.lease.expiries")
                .description("Expired leases whose slot a later claim took over").register(registry);
        imports = Counter.builder("annota.items.imports").description("Item imports that committed").register(registry);
        importedItems = Counter.builder("annota.items.imported").description("Items added by imports").register(registry);
        sequencedEvents = Counter.builder("annota.access_log.sequenced")
                .description("Access log events given their position in a tenant's tree").register(registry);
        sequencingLag = Timer.builder("annota.access_log.sequencing.lag")
                .description("Age of the oldest event of each sequenced batch when it was sequenced").register(registry);
        Gauge.builder("annota.reencryption.jobs", reencryptionJobs, AtomicLong::get)
                .description("Re-encryption jobs running (key rotations not yet done)").register(registry);
        Gauge.builder("annota.reencryption.rows.total", reencryptionRowsTotal, AtomicLong::get)
                .description("Rows the running re-encryption jobs have to scan").register(registry);
        Gauge.builder("annota.reencryption.rows.scanned", reencryptionRowsScanned, AtomicLong::get)
                .description("Rows the running re-encryption jobs have scanned").register(registry);
        // Registered at start so that the series exist (at 0) before the first delivery: an alert on failures needs it.
        webhookCounter("witness", "delivered");
        webhookCounter("witness", "failed");
    }

    public void claimServed() {
        claimsServed.increment();
    }

    public void claimFoundNothing() {
        claimsEmpty.increment();
    }

    /** A claim refused by a rule (rate limit, wall, pause, requirements, budget, shares, draining...). */
    public void claimRefused() {
        claimsRefused.increment();
    }

    public void submitted() {
        submits.increment();
    }

    public void skipped() {
        skips.increment();
    }

    public void leaseExpired() {
        leaseExpiries.increment();
    }

    public void imported(long items) {
        imports.increment();
        importedItems.increment(items);
    }

    /** An export written in {@code format} (jsonl, trl, sft, coco...), with the records it held. */
    public void exported(String format, long records) {
        Counter.builder("annota.exports").description("Exports written, by format").tag("format", format)
                .register(registry).increment();
        Counter.builder("annota.exports.records").description("Records written by exports, by format").tag("format", format)
                .register(registry).increment(records);
    }

    /**
     * One delivery attempt of a webhook: {@code kind} names the hook (witness, or the module's own), {@code outcome}
     * is {@code delivered} or {@code failed} (an error or a non-2xx answer; a retry is another attempt).
     */
    public void webhookDelivery(String kind, boolean delivered) {
        webhookCounter(kind, delivered ? "delivered" : "failed").increment();
    }

    private Counter webhookCounter(String kind, String outcome) {
        return Counter.builder(WEBHOOK_DELIVERIES).description("Webhook delivery attempts, by kind and outcome")
                .tag("kind", kind).tag("outcome", outcome).register(registry);
    }

    /** A tenant's batch of access log events sequenced; {@code oldest}: the age of its oldest event then. */
    public void accessLogSequenced(int events, Duration oldest) {
        sequencedEvents.increment(events);
        sequencingLag.record(oldest.isNegative() ? Duration.ZERO : oldest);
    }

    /** The running re-encryption jobs' progress, as the job last read it. */
    public void reencryption(long jobs, long rowsTotal, long rowsScanned) {
        reencryptionJobs.set(jobs);
        reencryptionRowsTotal.set(rowsTotal);
        reencryptionRowsScanned.set(rowsScanned);
    }

    /**
     * The open slots of every project that has some, as last computed (the queue's figure, refreshed in the
     * background, never on a scrape). A project missing from {@code depths} has none: its series is removed.
     */
    public void queueDepths(Map<UUID, Long> depths) {
        depths.forEach((project, depth) -> queueDepths.computeIfAbsent(project, id -> {
            var value = new AtomicLong();
            queueDepthGauges.put(id, Gauge.builder("annota.queue.depth", value, AtomicLong::get)
                    .description("Open slots of a project (items still wanting annotations), refreshed periodically")
                    .tag("project", id.toString()).register(registry));
            return value;
        }).set(depth));
        for (UUID gone : queueDepths.keySet()) {
            if (!depths.containsKey(gone)) {
                queueDepths.remove(gone);
                var gauge = queueDepthGauges.remove(gone);
                if (gauge != null) {
                    registry.remove(gauge);
                }
            }
        }
    }
}

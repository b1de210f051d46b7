package dev.annota.item.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.annota.operations.DomainMetrics;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.Organizations;
import dev.annota.tenancy.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The queue depth metric (open slots per project), computed in the background every
 * {@code annota.metrics.queue-depth-interval} and handed to {@link DomainMetrics} as a cached figure, so that a
 * Prometheus scrape never reads the items table. Read from the running totals of item_counts (V45: the open slots of
 * OPEN items, kept by the same trigger as the counts by state), a few rows per project instead of a sum over every open
 * item of every project; in each organization's own transaction (row-level security as for any tenant read). A
 * project without OPEN items has no figure (its gauge goes), as when the items were summed. The figures are labelled
 * by project id only.
 */
@Component
record QueueDepths(Organizations organizations, TenantScope tenants,
        org.springframework.jdbc.core.simple.JdbcClient jdbc, DomainMetrics metrics) {

    private static final Logger log = LoggerFactory.getLogger(QueueDepths.class);

    @Scheduled(fixedDelayString = "${annota.metrics.queue-depth-interval}", initialDelayString = "${annota.metrics.queue-depth-interval}")
    void refresh() {
        Map<UUID, Long> depths = new HashMap<>();
        try {
            for (Organization org : organizations.all()) {
                depths.putAll(tenants.read(org.id(), () -> jdbc.sql("""
                                select project_id, sum(open_slots) from item_counts
                                where tenant_id = ? group by project_id having sum(open_items) > 0""")
                        .param(org.id()).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list()
                        .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
            }
        } catch (RuntimeException e) {
            // The database is away (a restart, a fail-over): keep the last figures; the next run tries again.
            log.warn("Could not refresh the queue depth metric: {}", e.toString());
            return;
        }
        metrics.queueDepths(depths);
    }
}

package dev.annota.audit.internal;

import java.util.UUID;

import dev.annota.tenancy.Organization;
import dev.annota.tenancy.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes checkpoints periodically: every {@code annota.audit.checkpoint-interval} the tenants that recorded events
 * on this instance are sequenced and a checkpoint signed (and one per {@code annota.audit.batch-size} events under
 * load). A slower sweep over every organization picks up events another instance recorded and could not sequence
 * (it crashed): correctness never depends on the in-memory hint.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CheckpointScheduler {

    private static final Logger log = LoggerFactory.getLogger(CheckpointScheduler.class);

    private final AuditLog audit;
    private final Organizations organizations;

    CheckpointScheduler(AuditLog audit, Organizations organizations) {
        this.audit = audit;
        this.organizations = organizations;
    }

    @Scheduled(fixedDelayString = "${annota.audit.checkpoint-interval}", initialDelayString = "${annota.audit.checkpoint-interval}")
    void publishRecent() {
        for (UUID tenant : audit.drainRecentlyRecorded()) {
            // A deleted organization's last events were sequenced by its deletion; starting a new log for it would
            // leave rows of a tenant that no longer exists.
            if (organizations.find(tenant).isPresent()) {
                integrate(tenant);
            }
        }
    }

    @Scheduled(fixedDelayString = "${annota.audit.sweep-interval}", initialDelayString = "${annota.audit.sweep-initial-delay:30s}")
    void sweep() {
        for (Organization org : organizations.all()) {
            if (audit.hasPending(org.id())) {
                integrate(org.id());
            }
        }
    }

    private void integrate(UUID tenant) {
        try {
            audit.integrate(tenant);
        } catch (RuntimeException e) {
            // The events stay pending in the database; the next run or the sweep sequences them.
            log.warn("Could not publish an access log checkpoint for tenant {}: {}", tenant, e.toString());
        }
    }
}

package dev.annota.prediction.internal;

import dev.annota.item.ItemsDeleted;
import dev.annota.project.ProjectPurged;
import dev.annota.tenancy.OrganizationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted organization's prediction services go with it (no row of the platform table prediction_due is left naming
 * it), a purged project's service with the project, and deleted items' progress rows with the items, each in the
 * transaction of the deletion.
 */
@Component
record PredictionRowsOfDeletions(PredictionStore store) {

    @EventListener
    void on(OrganizationDeleted deleted) {
        store.deleteOrganization(deleted.orgId());
    }

    @EventListener
    void on(ProjectPurged purged) {
        store.find(purged.tenantId(), purged.projectId()).ifPresent(s -> store.delete(purged.tenantId(), s.id()));
    }

    @EventListener
    void on(ItemsDeleted deleted) {
        store.find(deleted.tenantId(), deleted.projectId())
                .ifPresent(s -> store.forget(deleted.tenantId(), s.id(), deleted.itemIds()));
    }
}

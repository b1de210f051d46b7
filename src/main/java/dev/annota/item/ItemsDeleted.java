package dev.annota.item;

import java.util.List;
import java.util.UUID;

/**
 * Published inside the transaction that deletes items of a project, before the item rows go: each module removes its
 * rows of those items (assignments, annotations, gold results, reviews) in the same transaction, so a deleted item
 * leaves no answer behind in the exports or the figures. The reason is in the access log, one event per item.
 */
public record ItemsDeleted(UUID tenantId, UUID projectId, List<UUID> itemIds) {

    public ItemsDeleted {
        itemIds = List.copyOf(itemIds);
    }
}

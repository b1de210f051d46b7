package dev.annota.item;

import java.util.UUID;

/**
 * How many answers an item has, answered by the annotation module, which owns them. Declared here and implemented
 * there because annotations depend on items and not the other way round (as {@link ItemAssignments}). Runs inside the
 * tenant transaction its caller opened.
 */
public interface ItemAnswers {

    int count(UUID tenantId, UUID itemId);
}

package dev.annota.money;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction of an administrative act on money (for the acting organization's access log): a
 * rate set or removed, a tier set, an adjustment, a payout, a budget set. {@code targetId}: the vendor, person or
 * project concerned; {@code detail}: the scope and amount, never a reason text.
 */
public record MoneyChanged(UUID tenantId, Change change, UUID actorId, UUID actorOrgId, UUID projectId, UUID targetId,
                           String detail, Instant at) {

    public enum Change {
        RATE_SET, RATE_REMOVED, TIER_SET, ADJUSTMENT, PAYOUT, BUDGET_SET
    }
}

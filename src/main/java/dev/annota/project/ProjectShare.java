package dev.annota.project;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One workforce's share of a project's work: an engaged workforce organization, or the owning organization for its
 * in-house people. {@code targetPercent} is exact (0 to 100, two decimals; a project's targets add up to 100);
 * {@code cap} is the most tasks that workforce may take on the project, or null for no cap.
 */
public record ProjectShare(UUID workforceOrgId, BigDecimal targetPercent, Integer cap) {
}

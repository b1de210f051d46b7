package dev.annota.money;

import java.util.List;
import java.util.UUID;

import dev.annota.money.internal.CostFigures;
import dev.annota.tenancy.TenantScope;
import org.springframework.stereotype.Service;

/**
 * What work cost, for other modules (the vendor comparison): a lab's costs on a project per workforce organization
 * (its contract entries with each vendor; its own people's pay for itself), and an annotator's earnings. No access
 * check here: the caller has checked that its caller may see these figures.
 */
@Service
public record Costs(CostFigures figures, TenantScope tenants) {

    /**
     * One workforce organization's costs on a project in one currency over a period: {@code total} the sum of every
     * cost entry (work, reversals, adjustments; not payouts), {@code tasks} the TASK and ACCEPTED entries,
     * {@code accepted} the ACCEPTED ones, {@code reversals} the REVERSAL ones, {@code activeMillis} the active time
     * priced per hour. Cost per accepted label = total / accepted.
     */
    public record WorkforceCost(UUID workforceOrgId, Money total, long tasks, long accepted, long reversals, long activeMillis) {
    }

    /** The lab's costs on its project per workforce organization and currency (the lab itself for in-house work). */
    public List<WorkforceCost> ofProject(UUID labId, UUID projectId, Period period) {
        return tenants.read(labId, () -> figures.byWorkforce(labId, projectId, period));
    }

    /** What one person earned on one project: their pay ledger's entries on it but payouts, in one currency. */
    public record PersonEarnings(UUID personId, Money earned) {
    }

    /**
     * What each of an organization's people earned on one project in the period (their pay ledger's entries on it but
     * payouts), per person and currency: the vendor comparison's earnings beside each person's figures.
     */
    public List<PersonEarnings> earningsOn(UUID employerOrgId, UUID projectId, Period period) {
        return tenants.read(employerOrgId, () -> figures.earningsOn(employerOrgId, projectId, period));
    }

    /** What an organization's annotator earned in the period (their pay ledger's entries but payouts), per currency. */
    public List<Money> earnings(UUID employerOrgId, UUID personId, Period period) {
        return tenants.read(employerOrgId, () -> figures.earnings(employerOrgId, personId, period));
    }
}

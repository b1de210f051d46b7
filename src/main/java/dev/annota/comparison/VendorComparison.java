package dev.annota.comparison;

import java.util.UUID;

import dev.annota.comparison.internal.ComparisonReport;
import dev.annota.identity.CurrentUser;
import dev.annota.work.DaysAsked;
import org.springframework.stereotype.Service;

/**
 * The vendor comparison of a project over a period ({@link DaysAsked}: ISO days, either left out, for the four weeks up to
 * today by default; {@code method}: the aggregation behind the consensus, as on the quality page).
 */
@Service
public record VendorComparison(ComparisonReport report) {

    /** The lab's view: the owning organization's admins and managers; everyone else who knows the project 403. */
    public Comparison.LabComparison lab(CurrentUser caller, UUID projectId, DaysAsked days, String method) {
        return report.lab(caller, projectId, days, method);
    }

    /** A workforce lead's view of their own organization's people (admins and managers of any organization on the project). */
    public Comparison.OwnWorkforceComparison ownWorkforce(CurrentUser caller, UUID projectId, DaysAsked days, String method) {
        return report.ownWorkforce(caller, projectId, days, method);
    }

    /** An annotator's own figures on the project. */
    public Comparison.MyComparison mine(CurrentUser caller, UUID projectId, DaysAsked days, String method) {
        return report.mine(caller, projectId, days, method);
    }
}

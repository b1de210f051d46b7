/**
 * The vendor comparison (docs/workforce.md, "The vendor comparison"): per workforce of a project (each engaged vendor
 * and the lab's own people) over a period — labels, gold accuracy, agreement with the consensus, review acceptance,
 * throughput, active time per label and cost per accepted label — for the lab; the same per person for a vendor's
 * lead, about their own people only; and an annotator's own figures. It sits above the modules it reads and reads them
 * only through their public APIs.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vendor comparison",
        allowedDependencies = {"annotation", "identity", "money", "project", "quality", "statistics", "tenancy", "work"})
package dev.annota.comparison;

/**
 * Conflict-of-interest walls (the Brewer–Nash model). Customers belong to conflict classes or name competitors
 * (a graph); an annotator who has been shown items of one customer is never given items of a conflicting customer,
 * forever or for a cooling-off period; customers exclude declared affiliations. {@link dev.annota.conflict.ConflictWall}
 * is asked once at the start of every claim and records exposures in the claim's transaction; each refusal is kept for
 * the refusing customer's managers, never explained to the annotator.
 * <p>
 * Owns the tables: conflict_classes, conflict_class_members, declared_conflicts, wall_policies,
 * annotator_exposures, affiliations, excluded_affiliations, wall_refusals. Another module's SQL may name them only
 * as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conflict walls and access transparency",
        allowedDependencies = {"identity", "project", "tenancy"})
package dev.annota.conflict;

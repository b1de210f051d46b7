/**
 * Conflict-of-interest walls (the Brewer–Nash model). Customers belong to conflict classes or name competitors
 * (a graph); an annotator who has been shown items of one customer is never given items of a conflicting customer,
 * forever or for a cooling-off period; customers exclude declared affiliations. {@link dev.annota.conflict.ConflictWall}
 * is asked once at the start of every claim and records exposures in the claim's transaction; each refusal is kept for
 * the refusing customer's managers, never explained to the annotator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conflict walls and access transparency",
        allowedDependencies = {"identity", "project", "tenancy"})
package dev.annota.conflict;

/**
 * The work queue: an annotator claims the next item slot of a project under a lease, then submits an answer or skips.
 * The database holds every rule (SELECT ... FOR UPDATE SKIP LOCKED, a unique index per item and annotator, the lease
 * checked in the UPDATE that ends it), so any number of application instances may serve the same project.
 * <p>
 * Owns the tables: assignments, claim_windows. Another module's SQL may name them only as TableOwnershipTests
 * allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work queue",
        allowedDependencies = {"annotation", "conflict", "identity", "item", "operations", "project", "quality", "schema", "tenancy"})
package dev.annota.work;

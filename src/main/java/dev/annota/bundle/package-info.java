/**
 * Whole-project moves (docs/bundles.md): a project downloaded as one signed archive — schema and guidelines versions,
 * items, images, predictions, every annotation version, reviews, gold, quality settings, the project's access events
 * with their inclusion proofs — recreated from it on another instance under new ids, the old ids kept as provenance,
 * and checked offline by {@link dev.annota.bundle.BundleCommand} ({@code java -jar annota.jar bundle verify}). Reads
 * and writes the other modules' rows only through their transfer classes.
 * <p>
 * Owns the tables: bundle_imports, bundle_provenance. Another module's SQL may name them only as TableOwnershipTests
 * allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Project bundles",
        allowedDependencies = {"annotation", "audit", "crypto", "identity", "item", "project", "quality", "review", "schema", "tenancy"})
package dev.annota.bundle;

/**
 * Quality control of a project, everything under {@code /api/v1/projects/{id}/quality}: its settings, gold items,
 * qualification and pausing, accuracy drift, agreement reports and rankings. The queue calls
 * {@link dev.annota.quality.GoldStep} inside the claim's and the submit's transactions (which gold item to serve, whether
 * a gold answer was right); the mathematics is in {@code statistics}.
 * <p>
 * Owns the tables: quality_settings, gold_results, quality_reports. Another module's SQL may name them only as TableOwnershipTests
 * allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality",
        allowedDependencies = {"annotation", "crypto", "identity", "item", "masking", "operations", "project", "schema", "statistics", "tenancy"})
package dev.annota.quality;

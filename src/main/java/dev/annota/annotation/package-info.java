/**
 * Annotations: annotators' answers, checked against the schema version they were made under, stored once, counted
 * and exported.
 * <p>
 * Owns the tables: annotations, annotation_counts, annotation_hours, export_jobs, export_chunks. Another module's SQL may name them only as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annotations",
        allowedDependencies = {"crypto", "identity", "item", "operations", "project", "schema", "statistics", "tenancy"})
package dev.annota.annotation;

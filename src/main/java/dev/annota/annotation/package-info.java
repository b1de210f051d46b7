/**
 * Annotations: annotators' answers, checked against the schema version they were made under, stored once, counted
 * and exported.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annotations",
        allowedDependencies = {"crypto", "identity", "item", "project", "schema", "statistics", "tenancy"})
package dev.annota.annotation;

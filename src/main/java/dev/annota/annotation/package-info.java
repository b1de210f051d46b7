/**
 * Annotations: annotators' answers, checked against the schema version they were made under, stored once, counted
 * and exported.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Annotations")
package dev.annota.annotation;

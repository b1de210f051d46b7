/**
 * The web shell: the single-page UI (native ES modules and Lit components, no build step), error documents in RFC 9457
 * form, the OpenAPI description, and the demo data the embedded database starts with.
 * <p>
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {"audit", "identity", "item", "project", "schema", "tenancy"})
package dev.annota.web;

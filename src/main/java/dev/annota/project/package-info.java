/**
 * Projects: settings, guidelines, the versioned label schema, engagements of workforce organizations, and who may do
 * what on a project ({@link dev.annota.project.ProjectAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects",
        allowedDependencies = {"crypto", "identity", "schema", "tenancy"})
package dev.annota.project;

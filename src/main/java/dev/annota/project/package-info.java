/**
 * Projects: settings, guidelines, the versioned label schema, engagements of workforce organizations, and who may do
 * what on a project ({@link dev.annota.project.ProjectAccess}).
 * <p>
 * Owns the tables: projects, label_schemas, project_guidelines, engagements, project_shares, project_directory, project_deletions. Another module's SQL may name them
 * only as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects",
        allowedDependencies = {"crypto", "identity", "schema", "tenancy"})
package dev.annota.project;

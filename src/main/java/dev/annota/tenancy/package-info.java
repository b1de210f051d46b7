/**
 * Organizations (tenants) and the tenant scope every transaction on tenant-owned data runs in.
 * <p>
 * A customer organization is a tenant: it owns projects and their data. Workforce organizations supply annotators;
 * the operator organization runs the instance and owns no data. {@link dev.annota.tenancy.TenantScope} opens a
 * transaction for one tenant; on PostgreSQL it sets {@code app.tenant_id}, which the row-level security policies read.
 * <p>
 * Owns the tables: organizations. Another module's SQL may name them only as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy",
        allowedDependencies = {})
package dev.annota.tenancy;

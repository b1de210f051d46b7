package dev.annota.identity.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.annota.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The store of single sign-on configurations ({@code sso_configurations}, tenant-owned: called inside the
 * organization's tenant transaction) and of the email domains ({@code sso_domains}, a platform table read at login).
 */
@Component
record SsoConfigurations(JdbcClient jdbc) {

    Optional<SsoConfiguration> find(UUID orgId) {
        return jdbc.sql("""
                        select issuer_uri, client_id, client_secret, default_role, enabled, updated_at
                        from sso_configurations where tenant_id = ? and id = ?""")
                .params(orgId, orgId)
                .query((rs, n) -> new SsoConfiguration(orgId, rs.getString("issuer_uri"), rs.getString("client_id"),
                        rs.getString("client_secret"), List.of(), Role.valueOf(rs.getString("default_role")),
                        rs.getBoolean("enabled"), rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .map(found -> new SsoConfiguration(orgId, found.issuerUri(), found.clientId(), found.sealedSecret(),
                        domainsOf(orgId), found.defaultRole(), found.enabled(), found.updatedAt()));
    }

    List<String> domainsOf(UUID orgId) {
        return jdbc.sql("select email_domain from sso_domains where org_id = ? order by email_domain")
                .param(orgId).query(String.class).list();
    }

    /** The organization that declared {@code domain} its own, if any. */
    Optional<UUID> organizationOf(String domain) {
        return jdbc.sql("select org_id from sso_domains where email_domain = ?")
                .param(domain).query(UUID.class).optional();
    }

    /** Inserts or replaces the configuration and its domains (the caller has checked no domain is another's). */
    void save(SsoConfiguration c) {
        int updated = jdbc.sql("""
                        update sso_configurations set issuer_uri = ?, client_id = ?, client_secret = ?, default_role = ?,
                        enabled = ?, updated_at = ? where tenant_id = ? and id = ?""")
                .params(c.issuerUri(), c.clientId(), c.sealedSecret(), c.defaultRole().name(), c.enabled(),
                        Timestamp.from(c.updatedAt()), c.orgId(), c.orgId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into sso_configurations (tenant_id, id, issuer_uri, client_id, client_secret, default_role,
                            enabled, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.orgId(), c.orgId(), c.issuerUri(), c.clientId(), c.sealedSecret(), c.defaultRole().name(),
                            c.enabled(), Timestamp.from(c.updatedAt()))
                    .update();
        }
        jdbc.sql("delete from sso_domains where org_id = ?").param(c.orgId()).update();
        for (String domain : c.emailDomains()) {
            jdbc.sql("insert into sso_domains (email_domain, org_id) values (?, ?)").params(domain, c.orgId()).update();
        }
    }

    boolean delete(UUID orgId) {
        jdbc.sql("delete from sso_domains where org_id = ?").param(orgId).update();
        return jdbc.sql("delete from sso_configurations where tenant_id = ? and id = ?").params(orgId, orgId).update() > 0;
    }

    /** A deleted organization's domains (its configuration goes with the tenant's other rows). */
    void deleteDomainsOf(UUID orgId) {
        jdbc.sql("delete from sso_domains where org_id = ?").param(orgId).update();
    }
}

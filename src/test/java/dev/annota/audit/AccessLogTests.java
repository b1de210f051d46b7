package dev.annota.audit;

import java.util.UUID;

import dev.annota.tenancy.TenantScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access log on the embedded H2 database (no row-level security there: tampering is plain SQL). */
class AccessLogTests extends AccessLogScenario {

    @Autowired JdbcClient jdbc;
    @Autowired TenantScope tenants;

    @Override
    void tamper(UUID tenant, String sql, Object... params) {
        tenants.write(tenant, () -> jdbc.sql(sql).params(params).update());
    }
}

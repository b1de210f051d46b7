package dev.annota.tenancy.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Runs migrations as the owner role (ANNOTA_MIGRATION_USERNAME) while the application connects as a role that owns
 * nothing, so PostgreSQL's row-level security binds the application. Without the variable, migrations use the
 * application's own connection (the embedded database).
 */
@Component
record MigrationOwner(@Value("${spring.datasource.url}") String url,
        @Value("${annota.migration.username:}") String username,
        @Value("${annota.migration.password:}") String password) implements FlywayConfigurationCustomizer {

    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        if (!username.isBlank()) {
            configuration.dataSource(url, username, password);
        }
    }
}

package dev.annota.tenancy.internal;

import java.time.Clock;

import javax.sql.DataSource;

import dev.annota.tenancy.DatabaseDialect;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Asked once at start-up; every component that differs between PostgreSQL and H2 takes this bean. */
    @Bean
    DatabaseDialect databaseDialect(DataSource dataSource) {
        return DatabaseDialect.of(dataSource);
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, DatabaseDialect dialect) {
        return new TenantTransactionManager(dataSource, dialect.isPostgres());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

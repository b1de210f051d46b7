package dev.annota.tenancy.internal;

import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.JdbcUtils;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) throws SQLException {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
        } catch (org.springframework.jdbc.support.MetaDataAccessException e) {
            throw new SQLException("Cannot read the database's product name", e);
        }
        return new TenantTransactionManager(dataSource, "PostgreSQL".equalsIgnoreCase(product));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

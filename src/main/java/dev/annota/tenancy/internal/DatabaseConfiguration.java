package dev.annota.tenancy.internal;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.annota.tenancy.DatabaseDialect;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
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

    /**
     * With a read database ({@code annota.database.read-url}, docs/configuration.md): one pool on the primary, bound
     * to {@code spring.datasource.*} as Spring Boot's own would be, one read-only pool on the read database, and
     * {@link ReadRouting} in front. The two pools are no beans of their own, so the readiness probe pings the primary
     * only: a replica that is down makes reports fail, not the instance unready. For the same reason Spring Boot's pool
     * metrics do not see them: both report to the registry themselves ({@code hikaricp_*} with {@code pool} = the
     * pool's name, {@code annota-read} for the read pool).
     */
    @Bean
    @Primary
    @ConditionalOnExpression("'${annota.database.read-url:}' != ''")
    DataSource dataSource(DataSourceProperties properties, Environment env, ObjectProvider<MeterRegistry> registry) {
        HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder binder = Binder.get(env);
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(primary));
        HikariDataSource read = new HikariDataSource();
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(read));
        read.setJdbcUrl(env.getProperty("annota.database.read-url"));
        read.setUsername(env.getProperty("annota.database.read-username", properties.determineUsername()));
        read.setPassword(env.getProperty("annota.database.read-password", properties.determinePassword()));
        read.setPoolName("annota-read");
        // Read-only on the connection too: a statement that would write fails on the primary as on a replica.
        read.setReadOnly(true);
        registry.ifAvailable(meters -> {
            var tracker = new MicrometerMetricsTrackerFactory(meters);
            primary.setMetricsTrackerFactory(tracker);
            read.setMetricsTrackerFactory(tracker);
        });
        return new ReadRouting(primary, read);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

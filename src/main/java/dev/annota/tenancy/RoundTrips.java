package dev.annota.tenancy;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Starts {@link RoundTrip}s on the application's database. */
@Component
public class RoundTrips {

    private final JdbcTemplate jdbc;
    private final JdbcClient client;
    private final boolean postgres;

    RoundTrips(DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.client = JdbcClient.create(jdbc);
        this.postgres = "PostgreSQL".equalsIgnoreCase(
                JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    /** An empty round trip; add statements, then send it inside the transaction they belong to. */
    public RoundTrip start() {
        return new RoundTrip(jdbc, client, postgres);
    }

    /** Whether statements travel together here (PostgreSQL), or run one by one (H2). */
    public boolean together() {
        return postgres;
    }
}

package dev.annota.tenancy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database the application runs on: PostgreSQL in production, H2 embedded (tests, demo). The one place that
 * asks; everything else takes it as a bean (resolved once from the DataSource at start-up), or, outside Spring and
 * before a connection exists, from a JDBC URL through {@link #ofUrl}.
 */
public enum DatabaseDialect {

    POSTGRESQL, H2, OTHER;

    /** Whether this is PostgreSQL (row-level security, COPY, multi-statement round trips, LISTEN/NOTIFY). */
    public boolean isPostgres() {
        return this == POSTGRESQL;
    }

    /** Whether this is H2. */
    public boolean isH2() {
        return this == H2;
    }

    /** The dialect of the database behind a DataSource, by the product name its driver reports. */
    public static DatabaseDialect of(DataSource dataSource) {
        try {
            return ofProductName(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot read the database's product name", e);
        }
    }

    /** The dialect of the database a connection is open to. */
    public static DatabaseDialect of(Connection connection) throws SQLException {
        return ofProductName(connection.getMetaData().getDatabaseProductName());
    }

    /** The dialect of a product name as {@link DatabaseMetaData#getDatabaseProductName} reports it. */
    public static DatabaseDialect ofProductName(String productName) {
        if ("PostgreSQL".equalsIgnoreCase(productName)) {
            return POSTGRESQL;
        }
        return "H2".equalsIgnoreCase(productName) ? H2 : OTHER;
    }

    /** The dialect a JDBC URL names (for a connection of one's own, opened with that URL, or before there is one). */
    public static DatabaseDialect ofUrl(String url) {
        if (url == null) {
            return OTHER;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:") ? H2 : OTHER;
    }

    /**
     * Whether only this process can change the database a JDBC URL names: an embedded H2 database (file or memory),
     * not one served over TCP or shared through H2's automatic mixed mode.
     */
    public static boolean ownedByThisProcess(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return ofUrl(url).isH2() && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")
                && !lower.replace(" ", "").contains("auto_server=true");
    }
}

package dev.annota.tenancy.internal;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The application's DataSource when a read database is configured ({@code ANNOTA_READ_DATABASE_URL}, e.g. a streaming
 * replica): every connection comes from the primary, except the next one a thread asks for after
 * {@link #readDatabaseNext()}, which {@code TenantScope.readFromReplica} calls just before it opens its read-only
 * transaction. One connection only: a transaction nested inside that read (REQUIRES_NEW) goes to the primary again,
 * so nothing ever tries to write to the replica.
 */
public final class ReadRouting extends AbstractRoutingDataSource {

    private static final ThreadLocal<Boolean> READ_NEXT = new ThreadLocal<>();

    ReadRouting(DataSource primary, DataSource read) {
        setTargetDataSources(Map.of("primary", primary, "read", read));
        setDefaultTargetDataSource(primary);
        afterPropertiesSet();
    }

    public static void readDatabaseNext() {
        READ_NEXT.set(Boolean.TRUE);
    }

    /** Forgets a mark no connection consumed (no read database configured, or the work joined a transaction). */
    public static void forget() {
        READ_NEXT.remove();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        boolean read = READ_NEXT.get() != null;
        READ_NEXT.remove();
        return read ? "read" : "primary";
    }
}

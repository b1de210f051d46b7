package dev.annota.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL database for tests, set up the way production must be: owned by {@value #OWNER} (which runs the
 * migrations) and used by {@value #APP}, a role that owns nothing and has no BYPASSRLS, so row-level security binds
 * every query the application makes. Reaches the server as its superuser through {@code ANNOTA_TEST_PG_ADMIN_URL}
 * (default: the local server, user postgres, trust authentication as on this machine kind).
 */
public final class PostgresDatabase {

    public static final String OWNER = "annota_test_owner";
    public static final String APP = "annota_test_app";
    public static final String PASSWORD = "annota-test";

    private static final String ADMIN_URL = System.getenv().getOrDefault("ANNOTA_TEST_PG_ADMIN_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    private static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(3);
    private static PostgresDatabase shared;

    private final String url;
    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
        this.url = ADMIN_URL.replaceFirst("/[^/?]+(\\?.*)?$", "/" + name);
    }

    /** Null when the server answers, otherwise why not. */
    public static String unavailableBecause() {
        try (Connection c = DriverManager.getConnection(ADMIN_URL)) {
            return c.isValid(2) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** One database shared by every PostgreSQL test of this JVM (tests use their own organizations). */
    public static synchronized PostgresDatabase shared() {
        if (shared == null) {
            dropLeftovers();
            shared = create();
        }
        return shared;
    }

    /** A new, empty database; the caller drops it. */
    public static PostgresDatabase create() {
        // The creation time in the name: see dropLeftovers.
        String name = "annota_test_" + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = DriverManager.getConnection(ADMIN_URL); var s = c.createStatement()) {
            s.execute("""
                    do $$ begin
                      if not exists (select 1 from pg_roles where rolname = '%1$s') then
                        create role %1$s login password '%3$s' nosuperuser nobypassrls nocreatedb nocreaterole;
                      end if;
                      if not exists (select 1 from pg_roles where rolname = '%2$s') then
                        create role %2$s login password '%3$s' nosuperuser nobypassrls nocreatedb nocreaterole;
                      end if;
                    end $$""".formatted(OWNER, APP, PASSWORD));
            s.execute("create database " + name + " owner " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a PostgreSQL test database: " + e.getMessage(), e);
        }
        return new PostgresDatabase(name);
    }

    public String url() {
        return url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    }

    public String name() {
        return name;
    }

    /** Points a Spring test context at this database: app role for the application, owner role for migrations. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::url);
        registry.add("spring.datasource.username", () -> APP);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("annota.migration.username", () -> OWNER);
        registry.add("annota.migration.password", () -> PASSWORD);
    }

    /** A connection as the given role, outside the application. */
    public Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(url(), role, PASSWORD);
    }

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)} of a statement as the application role in a transaction of the
     * tenant, rolled back: the plan PostgreSQL really runs, with the buffers it read (for tests that a query stays on
     * its index however the data grows).
     */
    public String explainAnalyze(UUID tenant, String sql, Object... params) throws SQLException {
        try (Connection app = connect(APP)) {
            app.setAutoCommit(false);
            try (var set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            try (var explain = app.prepareStatement("explain (analyze, buffers, format json) " + sql)) {
                for (int i = 0; i < params.length; i++) {
                    explain.setObject(i + 1, params[i]);
                }
                try (var rs = explain.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            } finally {
                app.rollback();
            }
        }
    }

    /** A connection to the server's admin database as its superuser, for cluster-wide statements such as DROP ROLE. */
    public static Connection connectToServerAsAdmin() throws SQLException {
        return DriverManager.getConnection(ADMIN_URL);
    }

    /** A connection to this database as the server's superuser (as {@code ANNOTA_TEST_PG_ADMIN_URL} names it). */
    public Connection connectAsAdmin() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /**
     * Drops test databases that earlier runs left (the shared one lives as long as its JVM, and dropping it from a
     * shutdown hook races the Spring contexts' own shutdown): those created more than {@link #LEFTOVER_AGE} ago and
     * idle. Idle alone is not enough: the pools keep no idle connection, so a test run going on beside this one (two
     * worktrees, say) has moments with no session on its database, and dropping it then failed that run's tests.
     */
    private static void dropLeftovers() {
        long cutoff = Instant.now().minus(LEFTOVER_AGE).getEpochSecond();
        try (Connection c = DriverManager.getConnection(ADMIN_URL); var s = c.createStatement()) {
            var names = new java.util.ArrayList<String>();
            try (var rs = s.executeQuery("""
                    select d.datname from pg_database d
                    where d.datname like 'annota\\_test\\_%' and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)""")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                var created = java.util.regex.Pattern.compile("annota_test_(\\d+)_.*").matcher(name);
                // Names without a time are from before it was recorded: old by now.
                if (!created.matches() || Long.parseLong(created.group(1)) < cutoff) {
                    s.execute("drop database if exists " + name);
                }
            }
        } catch (SQLException e) {
            System.err.println("Could not drop leftover test databases: " + e.getMessage());
        }
    }

    /** The server's superuser as PostgreSQL's command-line tools (psql, pg_dump) take it, from the admin URL. */
    public record ToolConnection(String host, int port, String user, java.util.Optional<String> password) {

        /** The tool with its connection options and this database's name; PGPASSWORD set when the URL has one. */
        public ProcessBuilder run(String tool, String database, String... args) {
            var command = new java.util.ArrayList<>(java.util.List.of(tool, "-h", host, "-p", String.valueOf(port), "-U", user,
                    "-d", database));
            command.addAll(java.util.List.of(args));
            var builder = new ProcessBuilder(command);
            password.ifPresent(p -> builder.environment().put("PGPASSWORD", p));
            return builder;
        }
    }

    public static ToolConnection toolConnection() {
        var uri = java.net.URI.create(ADMIN_URL.substring("jdbc:".length()));
        var query = new java.util.HashMap<String, String>();
        for (String pair : (uri.getQuery() == null ? "" : uri.getQuery()).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new ToolConnection(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), query.getOrDefault("user", "postgres"),
                java.util.Optional.ofNullable(query.get("password")));
    }

    public void drop() {
        try (Connection c = DriverManager.getConnection(ADMIN_URL); var s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.annota.identity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import dev.annota.tenancy.DatabaseDialect;
import dev.annota.tenancy.RoundTrips;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every instance's {@link TokenCache} that a token or its user changed. The act's transaction sends
 * {@code NOTIFY annota_tokens}, which PostgreSQL delivers to every listening session when, and only if, it commits;
 * each instance keeps one connection of its own (outside the pool) that listens, and forgets its cache on every
 * notification. That connection is also how an instance knows it is hearing: it sends a query every
 * {@link #HEARTBEAT} (the driver times a silent socket out after {@link #SOCKET_TIMEOUT}); while it is down the cache
 * answers nothing, and it reconnects every second.
 *
 * <p>On an embedded H2 database there is nobody to tell: its file belongs to one process. On any other database that
 * is not PostgreSQL the cache never answers.
 */
@Component
class TokenChanges implements SmartLifecycle {

    static final String CHANNEL = "annota_tokens";
    static final String APPLICATION_NAME = "annota-token-changes";
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RECONNECT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(TokenChanges.class);

    private final TokenCache cache;
    private final RoundTrips roundTrips;
    private final String url;
    private final boolean postgres;
    private final String username;
    private final String password;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;

    TokenChanges(TokenCache cache, RoundTrips roundTrips, @Value("${spring.datasource.url:}") String url,
                 @Value("${spring.datasource.username:}") String username,
                 @Value("${spring.datasource.password:}") String password) {
        this.cache = cache;
        this.roundTrips = roundTrips;
        this.url = url;
        // By the URL it listens on: the listener opens its own connection with it, outside the pool.
        this.postgres = DatabaseDialect.ofUrl(url).isPostgres();
        this.username = username;
        this.password = password;
    }

    /**
     * Inside the transaction of an act that changes a token or its user: every instance forgets its cached tokens once
     * the act commits. Forgetting on rollback too costs a few lookups and needs no case of its own.
     */
    void atCommit() {
        if (postgres) {
            // Nothing waits for it: it travels with the transaction's other writes at commit.
            roundTrips.atCommit(-1, "notify " + CHANNEL);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.forgetAll();
                }
            });
        } else {
            cache.forgetAll();
        }
    }

    @Override
    public void start() {
        running = true;
        if (postgres && cache.enabled()) {
            listener = Thread.ofPlatform().daemon().name(APPLICATION_NAME).start(this::listen);
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            closeQuietly(connection);
            try {
                thread.join(SOCKET_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection c = connect(); Statement statement = c.createStatement()) {
                connection = c;
                statement.execute("listen " + CHANNEL);
                cache.listening(true);
                if (warned) {
                    log.info("Listening for token changes again; API tokens are cached once more.");
                    warned = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications((int) HEARTBEAT.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        cache.forgetAll();
                    } else {
                        statement.execute("select 1");
                    }
                }
            } catch (SQLException e) {
                if (running && !warned) {
                    log.warn("Not listening for token changes ({}); every API request reads its token from the database until reconnected.",
                            e.getMessage());
                    warned = true;
                }
            } finally {
                cache.listening(false);
                connection = null;
            }
            if (running) {
                try {
                    Thread.sleep(RECONNECT);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("socketTimeout", Long.toString(SOCKET_TIMEOUT.toSeconds()));
        properties.setProperty("tcpKeepAlive", "true");
        Connection c = DriverManager.getConnection(url, properties);
        c.setAutoCommit(true);
        return c;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the listener thread notices and stops
            }
        }
    }
}

package dev.annota.identity.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per client address and per account and says when a login is not even tried (docs/security.md,
 * "Login throttling"). The counts live in the database ({@code login_throttle}, {@code login_addresses}), so every
 * application instance sees the same counts and locks, across restarts.
 *
 * <ul>
 *   <li>An address with {@code annota.login.address-max-failures} failures within the window is refused for
 *       {@code annota.login.lock-seconds}, whatever account it tries. This limit is the tighter one: an attacker
 *       with one address locks themselves out before they could lock anyone else out.</li>
 *   <li>An account with {@code annota.login.max-failures} failures, from addresses it never logged in from, within
 *       the window is refused for the lock time, but only to such new addresses: from an address where the user
 *       logged in successfully before, the right password still works. So an attacker (who needs several addresses
 *       to lock an account at all) locks the account only against other strangers, not against its owner.</li>
 * </ul>
 *
 * Accounts are keyed by the SHA-256 of the email as typed, whether or not an account has it, so the throttle behaves
 * the same for existing and unknown emails. Addresses are kept as hashes (an IPv6 address by its /64, the block one
 * machine usually gets). A refused login answers exactly like a wrong password.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int accountMaxFailures;
    private final int addressMaxFailures;
    private final Duration lock;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
                  @Value("${annota.login.max-failures:10}") int accountMaxFailures,
                  @Value("${annota.login.address-max-failures:5}") int addressMaxFailures,
                  @Value("${annota.login.lock-seconds:60}") int lockSeconds,
                  @Value("${annota.login.failure-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.accountMaxFailures = accountMaxFailures;
        this.addressMaxFailures = addressMaxFailures;
        this.lock = Duration.ofSeconds(lockSeconds);
        this.window = window;
    }

    /** A login attempt as the throttle sees it: the email as typed, the client address, the account if one exists. */
    record Attempt(String email, String address, Optional<UUID> userId) {

        Attempt {
            email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
            address = normalized(address);
        }
    }

    Attempt attempt(String email, String address) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<UUID> user = jdbc.sql("select id from users where email = ?").param(normalized).query(UUID.class).optional();
        return new Attempt(normalized, address, user);
    }

    /** Whether the attempt is refused without looking at its password. */
    boolean refuses(Attempt attempt) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        if (lockedKey(addressKey(attempt.address()), now)) {
            return true;
        }
        return lockedKey(accountKey(attempt.email()), now) && !known(attempt);
    }

    /** A wrong password (or an unknown email, or an account that cannot log in). */
    void failed(Attempt attempt) {
        transactions.executeWithoutResult(status -> {
            Instant now = Instant.now(clock);
            count(addressKey(attempt.address()), addressMaxFailures, now);
            if (!known(attempt)) {
                count(accountKey(attempt.email()), accountMaxFailures, now);
            }
            // Rows whose window and lock are over say nothing any more (the index on window_started_at finds them).
            jdbc.sql("delete from login_throttle where window_started_at < ? and (locked_until is null or locked_until < ?)")
                    .params(Timestamp.from(now.minus(window)), Timestamp.from(now)).update();
        });
    }

    /** The right password: the account's count starts again and the address becomes one the user is known at. */
    void succeeded(Attempt attempt, UUID userId) {
        transactions.executeWithoutResult(status -> {
            Timestamp now = Timestamp.from(Instant.now(clock));
            // Not the address's count: an attacker who owns any account could otherwise wipe it between guesses.
            jdbc.sql("delete from login_throttle where throttle_key = ?").param(accountKey(attempt.email())).update();
            String hash = knownHash(userId, attempt.address());
            if (jdbc.sql("update login_addresses set last_login_at = ? where user_id = ? and address_hash = ?")
                    .params(now, userId, hash).update() == 0) {
                try {
                    jdbc.sql("insert into login_addresses (user_id, address_hash, last_login_at) values (?, ?, ?)")
                            .params(userId, hash, now).update();
                } catch (DuplicateKeyException concurrentLogin) {
                    // the same user logged in from the same address at the same moment on another instance: known now
                }
            }
        });
    }

    private boolean known(Attempt attempt) {
        return attempt.userId().map(id -> jdbc.sql("select count(*) from login_addresses where user_id = ? and address_hash = ?")
                .params(id, knownHash(id, attempt.address())).query(Long.class).single() > 0).orElse(false);
    }

    private boolean lockedKey(String key, Timestamp now) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key = ? and locked_until > ?")
                .params(key, now).query(Long.class).single() > 0;
    }

    /** One more failure in the key's window; reaching the limit locks the key and starts a fresh count after it. */
    private void count(String key, int max, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp windowStart = Timestamp.from(now.minus(window));
        String increment = """
                update login_throttle set
                  failures = case when window_started_at < ? then 1 else failures + 1 end,
                  window_started_at = case when window_started_at < ? then ? else window_started_at end
                where throttle_key = ?""";
        if (jdbc.sql(increment).params(windowStart, windowStart, at, key).update() == 0) {
            try {
                jdbc.sql("insert into login_throttle (throttle_key, failures, window_started_at) values (?, 1, ?)")
                        .params(key, at).update();
            } catch (DuplicateKeyException concurrentFailure) {
                jdbc.sql(increment).params(windowStart, windowStart, at, key).update();
            }
        }
        jdbc.sql("update login_throttle set locked_until = ?, failures = 0, window_started_at = ? where throttle_key = ? and failures >= ?")
                .params(Timestamp.from(now.plus(lock)), at, key, max).update();
    }

    private static String accountKey(String email) {
        return "account:" + sha256(email);
    }

    private static String addressKey(String address) {
        return "address:" + sha256(address);
    }

    private static String knownHash(UUID userId, String address) {
        return sha256(userId + "|" + address);
    }

    /** The address as counted: IPv4 as is, IPv6 by its /64 (one machine or home network usually holds a whole /64). */
    static String normalized(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String literal = address.strip();
        if (!literal.contains(":")) {
            return literal;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal.replaceAll("^\\[|]$", "").replaceAll("%.*$", ""));
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return literal; // not an address literal (with a colon, getByName parses and never looks up): counted as given
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.annota.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues and redeems one-time password setup links. A link's secret is 256 random bits; only its SHA-256 is stored
 * (like an API token's: a random secret needs no slow hash). Issuing a link for a user replaces any unused one, so
 * only the newest works; a link expires after {@code annota.accounts.setup-link-validity} and works once.
 */
@Component
record SetupLinks(JdbcClient jdbc, Clock clock,
        @Value("${annota.accounts.setup-link-validity:72h}") Duration validity) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new link for the user, in the caller's transaction; earlier unused links of the user stop working. */
    SetupLink issue(UUID userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(validity);
        jdbc.sql("delete from password_setup_links where user_id = ?").param(userId).update();
        jdbc.sql("insert into password_setup_links (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(hash(secret), userId, Timestamp.from(now), Timestamp.from(expires)).update();
        return new SetupLink(userId, secret, expires);
    }

    /** The user a link was issued for, if it is unused and unexpired (nothing changes). */
    Optional<UUID> userOf(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from password_setup_links where token_hash = ? and used_at is null and expires_at > ?")
                .params(hash(secret.strip()), Timestamp.from(Instant.now(clock)))
                .query(UUID.class).optional();
    }

    /**
     * Marks the link used, in the caller's transaction; false if it was used meanwhile (two tabs submitting at once:
     * the row update lets exactly one win) or has expired.
     */
    boolean redeem(String secret, UUID userId) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return jdbc.sql("""
                        update password_setup_links set used_at = ?
                        where token_hash = ? and user_id = ? and used_at is null and expires_at > ?""")
                .params(Timestamp.from(now), hash(secret.strip()), userId, Timestamp.from(now)).update() == 1;
    }

    /** Every unused link of the user stops working (a password was set another way). */
    void withdrawAll(UUID userId) {
        jdbc.sql("delete from password_setup_links where user_id = ? and used_at is null").param(userId).update();
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

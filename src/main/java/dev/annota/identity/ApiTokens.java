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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.uuid.Generators;
import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import dev.annota.failure.NotFound;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens. The secret is shown once, when issued; only its SHA-256 is stored (a token is 256 random bits,
 * so a fast hash is enough: there is nothing to guess). Tokens expire and can be revoked.
 */
@Service
public record ApiTokens(JdbcClient jdbc, TenantScope tenants, ApplicationEventPublisher events, TokenCache cache,
        TokenChanges changes, Clock clock, @Value("${annota.tokens.max-days:365}") int maxDays) {

    public static final String PREFIX = "ann_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    public record IssuedToken(UUID id, String name, String secret, Instant expiresAt) {
    }

    public record TokenInfo(UUID id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
                            Instant lastUsedAt) {
    }

    public IssuedToken issue(CurrentUser user, String name, int days) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw invalid("name", "Name the token (1 to 100 characters), e.g. 'training pipeline'.");
        }
        if (days < 1 || days > maxDays) {
            throw invalid("expiresInDays", "A token expires after 1 to " + maxDays + " days.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = Generators.timeBasedEpochGenerator().generate();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(Duration.ofDays(days));
        // The token and its access log event commit together, in the user's organization's transaction.
        tenants.write(user.orgId(), () -> {
            jdbc.sql("insert into api_tokens (id, user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
                    .params(id, user.id(), name.strip(), hash(secret), Timestamp.from(now), Timestamp.from(expires))
                    .update();
            events.publishEvent(new AccountChanged(user.orgId(), AccountChanged.Change.TOKEN_ISSUED, user.id(), user.orgId(),
                    id, name.strip(), now));
        });
        return new IssuedToken(id, name.strip(), secret, expires);
    }

    public List<TokenInfo> of(CurrentUser user) {
        return jdbc.sql("""
                select id, name, created_at, expires_at, revoked_at, last_used_at from api_tokens
                where user_id = ? order by created_at desc""")
                .param(user.id())
                .query((rs, n) -> new TokenInfo(rs.getObject(1, UUID.class), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    public void revoke(CurrentUser user, UUID tokenId) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int changed = tenants.write(user.orgId(), () -> {
            int n = jdbc.sql("update api_tokens set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                    .params(Timestamp.from(now), tokenId, user.id())
                    .update();
            if (n == 1) {
                changes.atCommit();
                events.publishEvent(new AccountChanged(user.orgId(), AccountChanged.Change.TOKEN_REVOKED, user.id(), user.orgId(),
                        tokenId, null, now));
            }
            return n;
        });
        if (changed == 0) {
            throw new NotFound("No active token with that id.");
        }
    }

    /**
     * The user a presented secret belongs to, if the token is known, unexpired, unrevoked and its user enabled. Read
     * from the {@link TokenCache} when it can answer, from the database otherwise.
     */
    public Optional<CurrentUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        String hash = hash(secret);
        long generation = cache.generation();
        var cached = cache.lookup(hash, now);
        if (cached.isPresent()) {
            TokenCache.Entry used = touched(cached.get(), now);
            if (used != cached.get()) {
                cache.remember(hash, used, generation);
            }
            return Optional.of(used.user());
        }
        var found = jdbc.sql("""
                select t.id, t.expires_at, t.last_used_at, u.id, u.org_id, o.kind, u.email, u.display_name, u.roles
                from api_tokens t join users u on u.id = t.user_id join organizations o on o.id = u.org_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled""")
                .params(hash, Timestamp.from(now))
                .query((rs, n) -> new TokenCache.Entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        instant(rs.getTimestamp(3)),
                        new CurrentUser(rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
                                OrganizationKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                                Role.parseAll(rs.getString(9)))))
                .optional();
        found.ifPresent(entry -> cache.remember(hash, touched(entry, now), generation));
        return found.map(TokenCache.Entry::user);
    }

    /** Records use at minute precision: a write per API call would cost more than the call itself. */
    private TokenCache.Entry touched(TokenCache.Entry entry, Instant now) {
        if (entry.lastUsedAt() != null && !entry.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            return entry;
        }
        jdbc.sql("update api_tokens set last_used_at = ? where id = ?").params(Timestamp.from(now), entry.tokenId()).update();
        return entry.usedAt(now);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static Failure invalid(String field, String message) {
        return new Invalid("Invalid token request", message).with("field", field);
    }
}

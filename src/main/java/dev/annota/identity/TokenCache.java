package dev.annota.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.annota.tenancy.DatabaseDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * API tokens that authenticated recently, keyed by the secret's hash, so a bearer request need not look its token up
 * in the database: the lookup was two of the twelve database round trips of a claim-and-submit cycle.
 *
 * <p>An entry answers only while nothing can have changed it unseen. Every act that changes a token or its user
 * (revocation, roles, deactivation, deletion of the organization) forgets the whole cache when it commits, on this
 * instance directly and on the others through {@link TokenChanges}. On PostgreSQL, where several instances may share
 * the database, the cache answers only while this instance listens for those changes: from start until the listener
 * is connected, and whenever it has lost its connection, every request reads the database. An entry also lapses at
 * its token's expiry and after {@code annota.tokens.cache-ttl} at the latest (0 turns the cache off).
 *
 * <p>A lookup that read the database just before a change committed must not put its stale answer back after the
 * change was forgotten: {@link #remember} takes the generation read before the query, and an entry put under a
 * generation that has moved on is removed again.
 */
@Component
class TokenCache {

    /** What a token's lookup found: its user as of the lookup, and what the next request checks locally. */
    record Entry(UUID tokenId, Instant expiresAt, Instant lastUsedAt, CurrentUser user) {

        Entry usedAt(Instant at) {
            return new Entry(tokenId, expiresAt, at, user);
        }
    }

    private final Cache<String, Entry> entries;
    private final boolean enabled;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;

    TokenCache(@Value("${annota.tokens.cache-ttl:30s}") Duration ttl, @Value("${annota.tokens.cache-size:10000}") int size,
               @Value("${spring.datasource.url:}") String databaseUrl) {
        this.enabled = !ttl.isZero() && !ttl.isNegative() && size > 0;
        this.entries = Caffeine.newBuilder().expireAfterWrite(enabled ? ttl : Duration.ZERO).maximumSize(enabled ? size : 0).build();
        // Nobody else can change an embedded H2 database's rows; on PostgreSQL the cache waits for the listener.
        this.listening = DatabaseDialect.ownedByThisProcess(databaseUrl);
    }

    /** The generation to hand to {@link #remember} for a lookup about to read the database. */
    long generation() {
        return generation.get();
    }

    Optional<Entry> lookup(String tokenHash, Instant now) {
        if (!answers()) {
            return Optional.empty();
        }
        Entry entry = entries.getIfPresent(tokenHash);
        return entry != null && entry.expiresAt().isAfter(now) ? Optional.of(entry) : Optional.empty();
    }

    void remember(String tokenHash, Entry entry, long generationBeforeLookup) {
        if (!answers() || generation.get() != generationBeforeLookup) {
            return;
        }
        entries.put(tokenHash, entry);
        if (generation.get() != generationBeforeLookup) {
            entries.invalidate(tokenHash);
        }
    }

    void forgetAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** Called by {@link TokenChanges}: whether this instance hears every change committed by the others. */
    void listening(boolean listening) {
        if (listening) {
            forgetAll(); // what changed while nobody listened
            this.listening = true;
        } else {
            this.listening = false;
            forgetAll();
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** Whether a lookup can be answered from memory now. */
    boolean answers() {
        return enabled && listening;
    }
}

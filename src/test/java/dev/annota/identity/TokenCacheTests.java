package dev.annota.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import dev.annota.tenancy.OrganizationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCacheTests {

    private static final String H2 = "jdbc:h2:file:./data/annota;MODE=PostgreSQL";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/annota";
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private static TokenCache.Entry entry(Instant expiresAt) {
        var user = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), OrganizationKind.WORKFORCE, "ada@test.example", "Ada",
                Set.of(Role.ANNOTATOR));
        return new TokenCache.Entry(UUID.randomUUID(), expiresAt, NOW, user);
    }

    private static TokenCache cache(String databaseUrl) {
        return new TokenCache(Duration.ofSeconds(30), 100, databaseUrl);
    }

    @Test
    void aTokenLookedUpOnceIsAnsweredFromMemoryUntilItsTokenExpires() {
        var cache = cache(H2);
        var entry = entry(NOW.plusSeconds(60));
        cache.remember("hash", entry, cache.generation());

        assertThat(cache.lookup("hash", NOW)).contains(entry);
        assertThat(cache.lookup("hash", NOW.plusSeconds(60))).isEmpty();
        assertThat(cache.lookup("other", NOW)).isEmpty();
    }

    @Test
    void aLookupThatReadTheDatabaseBeforeAChangeWasForgottenDoesNotPutItsAnswerBack() {
        var cache = cache(H2);
        long generation = cache.generation();
        // ... the lookup reads the token; meanwhile a revocation commits and the cache forgets ...
        cache.forgetAll();
        cache.remember("hash", entry(NOW.plusSeconds(60)), generation);

        assertThat(cache.lookup("hash", NOW)).isEmpty();
    }

    @Test
    void forgettingEmptiesTheCache() {
        var cache = cache(H2);
        cache.remember("a", entry(NOW.plusSeconds(60)), cache.generation());
        cache.remember("b", entry(NOW.plusSeconds(60)), cache.generation());

        cache.forgetAll();

        assertThat(cache.lookup("a", NOW)).isEmpty();
        assertThat(cache.lookup("b", NOW)).isEmpty();
    }

    @Test
    void onASharedDatabaseNothingIsAnsweredWhileNobodyListensForChanges() {
        var cache = cache(POSTGRES);
        cache.remember("hash", entry(NOW.plusSeconds(60)), cache.generation());
        assertThat(cache.answers()).isFalse();
        assertThat(cache.lookup("hash", NOW)).isEmpty();

        cache.listening(true);
        cache.remember("hash", entry(NOW.plusSeconds(60)), cache.generation());
        assertThat(cache.lookup("hash", NOW)).isPresent();

        cache.listening(false);
        assertThat(cache.lookup("hash", NOW)).isEmpty();
        cache.listening(true);
        assertThat(cache.lookup("hash", NOW)).as("what was cached before the outage stays forgotten").isEmpty();
    }

    @Test
    void onlyOnAnEmbeddedH2DatabaseDoesTheCacheAnswerWithoutAListener() {
        assertThat(cache(H2).answers()).isTrue();
        assertThat(cache("jdbc:h2:mem:test").answers()).isTrue();
        assertThat(cache("jdbc:h2:tcp://db.example/annota").answers()).isFalse();
        assertThat(cache("jdbc:h2:file:./data/annota;AUTO_SERVER=TRUE").answers()).isFalse();
        assertThat(cache(POSTGRES).answers()).isFalse();
    }

    @Test
    void aZeroTimeToLiveTurnsTheCacheOff() {
        var cache = new TokenCache(Duration.ZERO, 100, H2);
        cache.remember("hash", entry(NOW.plusSeconds(60)), cache.generation());

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.lookup("hash", NOW)).isEmpty();
    }
}

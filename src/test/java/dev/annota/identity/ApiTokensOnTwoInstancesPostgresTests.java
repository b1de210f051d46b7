package dev.annota.identity;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.RoundTripCounter;
import dev.annota.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database, each with its token cache: what one instance changes about a token or its
 * user, the other stops answering from memory as soon as the change commits, and an instance that cannot hear the
 * changes answers from the database.
 */
@PostgresTest
class ApiTokensOnTwoInstancesPostgresTests {

    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    private static PostgresDatabase db;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        db = PostgresDatabase.create();
        first = RunningApplication.on(db);
        // The second instance counts its round trips, to show what a token it holds saves.
        second = RunningApplication.at(db, db.url() + "?" + RoundTripCounter.URL_PARAMETER);
        awaitTrue("both instances listen for token changes",
                () -> first.getBean(TokenCache.class).answers() && second.getBean(TokenCache.class).answers());
    }

    @AfterAll
    static void stop() {
        RunningApplication.stopAll(db, second, first);
    }

    private record Holder(CurrentUser admin, CurrentUser user, ApiTokens.IssuedToken token) {
    }

    /** An organization's admin and a user, whose token the second instance has answered once and now holds in memory. */
    private static Holder cachedOnTheSecondInstance() {
        Fixtures fixtures = first.getBean(Fixtures.class);
        Organization org = fixtures.organization(OrganizationKind.WORKFORCE, "Token cache");
        CurrentUser admin = fixtures.user(org, Role.ADMIN);
        CurrentUser user = fixtures.user(org, Role.ANNOTATOR);
        var token = first.getBean(ApiTokens.class).issue(user, "cached", 1);
        assertThat(onSecond(token)).isPresent();
        assertThat(second.getBean(TokenCache.class).lookup(ApiTokens.hash(token.secret()), Instant.now()))
                .as("the second instance answers the token from memory now").isPresent();
        return new Holder(admin, user, token);
    }

    private static Optional<CurrentUser> onSecond(ApiTokens.IssuedToken token) {
        return second.getBean(ApiTokens.class).authenticate(token.secret());
    }

    @Test
    void aTokenTheInstanceHoldsIsAnsweredWithoutARoundTripToTheDatabase() {
        Fixtures fixtures = first.getBean(Fixtures.class);
        CurrentUser user = fixtures.user(fixtures.organization(OrganizationKind.WORKFORCE, "Round trips"), Role.ANNOTATOR);
        var token = first.getBean(ApiTokens.class).issue(user, "counted", 1);

        int before = RoundTripCounter.ofCurrentThread();
        assertThat(onSecond(token)).isPresent();
        int looked = RoundTripCounter.ofCurrentThread() - before;
        assertThat(onSecond(token)).isPresent();
        int held = RoundTripCounter.ofCurrentThread() - before - looked;

        assertThat(looked).as("the first request looks the token up and records its first use").isPositive();
        assertThat(held).as("the next is answered from memory").isZero();
    }

    @Test
    void aTokenRevokedOnOneInstanceIsRefusedByTheOtherOnceTheRevocationCommits() {
        var held = cachedOnTheSecondInstance();

        first.getBean(ApiTokens.class).revoke(held.user(), held.token().id());

        awaitTrue("the second instance refuses the revoked token", () -> onSecond(held.token()).isEmpty());
    }

    @Test
    void aRoleChangedOnOneInstanceIsWhatTheOthersTokenLookupReturns() {
        var held = cachedOnTheSecondInstance();

        first.getBean(Users.class).change(held.admin(), held.user().id(), Set.of(Role.REVIEWER), null);

        awaitTrue("the second instance returns the new roles",
                () -> onSecond(held.token()).map(CurrentUser::roles).orElse(Set.of()).equals(Set.of(Role.REVIEWER)));
    }

    @Test
    void aUserDeactivatedOnOneInstanceCannotUseTheirTokenOnTheOther() {
        var held = cachedOnTheSecondInstance();

        first.getBean(Users.class).change(held.admin(), held.user().id(), null, false);

        awaitTrue("the second instance refuses the deactivated user's token", () -> onSecond(held.token()).isEmpty());
    }

    @Test
    void anInstanceThatLostItsListenerReadsEveryTokenFromTheDatabaseAndListensAgainSoon() throws SQLException {
        var held = cachedOnTheSecondInstance();
        TokenCache cache = second.getBean(TokenCache.class);

        try (var admin = db.connectAsAdmin(); var kill = admin.prepareStatement(
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = ? and application_name = ?")) {
            kill.setString(1, db.name());
            kill.setString(2, TokenChanges.APPLICATION_NAME);
            kill.executeQuery().close();
        }
        awaitTrue("the second instance notices it no longer listens", () -> !cache.answers());
        // Behind the application's back, so no notification is sent: only the database can tell.
        try (var admin = db.connectAsAdmin(); var revoke = admin.prepareStatement("update api_tokens set revoked_at = now() where id = ?")) {
            revoke.setObject(1, held.token().id());
            assertThat(revoke.executeUpdate()).isEqualTo(1);
        }
        assertThat(onSecond(held.token())).as("a change the instance could not hear of").isEmpty();

        awaitTrue("the second instance listens again", cache::answers);
        var again = cachedOnTheSecondInstance();
        first.getBean(ApiTokens.class).revoke(again.user(), again.token().id());
        awaitTrue("a revocation reaches the reconnected listener", () -> onSecond(again.token()).isEmpty());
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + PROMPTLY.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + PROMPTLY.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        System.out.printf("[ApiTokensOnTwoInstancesPostgresTests] %s after %.1f ms%n", what, (System.nanoTime() - start) / 1e6);
    }
}

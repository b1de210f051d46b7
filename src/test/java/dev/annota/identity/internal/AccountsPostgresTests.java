package dev.annota.identity.internal;

import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The same on PostgreSQL, where the application connects as its role without BYPASSRLS: the setup links, throttle
 * counts and known addresses are rows every instance shares.
 */
@OnSharedPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"annota.login.max-failures=3", "annota.login.address-max-failures=2", "annota.login.lock-seconds=8"})
@Import(Fixtures.class)
class AccountsPostgresTests extends AccountsScenario {
}

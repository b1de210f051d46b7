package dev.annota.identity.internal;

import dev.annota.testing.ApiTest;

/** Setup links, password changes and resets, the password policy and login throttling, on the embedded H2 database. */
@ApiTest
class AccountsApiTests extends AccountsScenario {
}

package dev.annota.identity.internal;

import dev.annota.testing.ApiTest;

/** Sessions of a changed account end, on the embedded H2 database. */
@ApiTest
class SessionsOfChangedAccountTests extends SessionsOfChangedAccountScenario {
}

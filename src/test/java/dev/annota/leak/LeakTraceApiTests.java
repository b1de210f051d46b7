package dev.annota.leak;

import dev.annota.testing.ApiTest;

/** Leak marks and tracing on the embedded H2 database. */
@ApiTest
class LeakTraceApiTests extends LeakTraceScenario {
}

package dev.annota.project;

import dev.annota.testing.ApiTest;

/** Overlap changes on the embedded H2 database (the claim's and the submit's step-by-step statements). */
@ApiTest
class OverlapChangeTests extends OverlapChangeScenario {
}

package dev.annota.quality;

/** Gold items, qualification, pausing and adaptive overlap on the embedded database. */
class H2GoldTests extends GoldScenario {
}

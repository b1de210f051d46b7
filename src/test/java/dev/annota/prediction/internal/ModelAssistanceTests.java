package dev.annota.prediction.internal;

/** Model-assisted labeling on the embedded H2 database. */
class ModelAssistanceTests extends ModelAssistanceScenario {
}

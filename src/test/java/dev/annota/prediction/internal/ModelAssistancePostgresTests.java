package dev.annota.prediction.internal;

import dev.annota.testing.OnSharedPostgres;

/** Model-assisted labeling on PostgreSQL, as the application role under row-level security. */
@OnSharedPostgres
class ModelAssistancePostgresTests extends ModelAssistanceScenario {
}

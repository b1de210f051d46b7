package dev.annota.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = PostgresDatabase.unavailableBecause();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
        }
        if (Boolean.getBoolean("annota.postgres.required")) {
            throw new IllegalStateException("PostgreSQL tests are required here but PostgreSQL is unavailable: " + problem);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL unavailable (" + problem + "); set annota.postgres.required=true to fail instead");
    }
}

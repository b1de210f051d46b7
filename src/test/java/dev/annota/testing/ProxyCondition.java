package dev.annota.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class ProxyCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = Nginx.unavailableBecause();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("nginx and openssl are installed");
        }
        if (Boolean.getBoolean("annota.proxy.required")) {
            throw new IllegalStateException("Reverse-proxy tests are required here but cannot run: " + problem
                    + ". Install it with: apt-get install -y nginx-light openssl");
        }
        return ConditionEvaluationResult.disabled("No reverse proxy (" + problem + "); set annota.proxy.required=true to fail instead");
    }
}

package dev.annota.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class BrowserCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = Browser.unavailableBecause();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if (Boolean.getBoolean("annota.browser.required")) {
            throw new IllegalStateException("Browser tests are required here but cannot run: " + problem
                    + ". Install them with: apt-get install -y chromium chromium-driver");
        }
        return ConditionEvaluationResult.disabled("No browser (" + problem + "); set annota.browser.required=true to fail instead");
    }
}

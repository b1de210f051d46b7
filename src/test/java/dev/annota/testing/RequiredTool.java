package dev.annota.testing;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test when a tool it needs (a database, a browser, a proxy) is there; otherwise skips it on a laptop, but fails
 * it when the system property {@code annota.<property>.required} is true (as .ci/run sets it).
 */
abstract class RequiredTool implements ExecutionCondition {

    private final String property;
    private final String what;
    private final Supplier<String> unavailableBecause;
    private final String whenPresent;
    private final String install;

    /** {@code unavailableBecause} answers null when the tool is there; {@code install} says how to get it (or is empty). */
    RequiredTool(String property, String what, Supplier<String> unavailableBecause, String whenPresent, String install) {
        this.property = "annota." + property + ".required";
        this.what = what;
        this.unavailableBecause = unavailableBecause;
        this.whenPresent = whenPresent;
        this.install = install;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String problem = unavailableBecause.get();
        if (problem == null) {
            return ConditionEvaluationResult.enabled(whenPresent);
        }
        if (Boolean.getBoolean(property)) {
            throw new IllegalStateException(what + " tests are required here but cannot run: " + problem + install);
        }
        return ConditionEvaluationResult.disabled(what + " unavailable (" + problem + "); set " + property + "=true to fail instead");
    }
}

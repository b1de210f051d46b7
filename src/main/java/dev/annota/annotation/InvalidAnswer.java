package dev.annota.annotation;

import java.util.List;

import dev.annota.failure.Invalid;
import dev.annota.schema.Violation;

/** The answer does not fit the project's label schema; names every wrong field. */
public class InvalidAnswer extends Invalid {

    private final List<Violation> violations;

    public InvalidAnswer(List<Violation> violations) {
        super("Invalid answer", violations.getFirst().field() + " " + violations.getFirst().message());
        this.violations = List.copyOf(violations);
        with("field", violations.getFirst().field());
        with("errors", this.violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

package dev.annota.schema;

import java.util.List;

import dev.annota.failure.Invalid;

/** A label schema that breaks the language's rules; names every mistake, the first one as the field. */
public class InvalidLabelSchema extends Invalid {

    private final List<Violation> violations;

    public InvalidLabelSchema(List<Violation> violations) {
        super("Invalid label schema", violations.getFirst().field() + ": " + violations.getFirst().message());
        this.violations = List.copyOf(violations);
        with("field", "schema." + violations.getFirst().field());
        with("errors", this.violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

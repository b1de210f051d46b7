package dev.annota.webhook;

import dev.annota.failure.Invalid;

/** A URL the server will not send requests to (its form, or an address in the instance's own network), naming the field. */
public class TargetRefused extends Invalid {

    private final String field;

    public TargetRefused(String field, String message) {
        super("Target refused", message);
        this.field = field;
        with("field", field);
    }

    public String field() {
        return field;
    }
}

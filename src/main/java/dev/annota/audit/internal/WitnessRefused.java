package dev.annota.audit.internal;

import dev.annota.failure.Invalid;

/** A witness request the server will not act on, naming the field at fault. */
class WitnessRefused extends Invalid {

    private final String field;

    WitnessRefused(String field, String message) {
        super("Invalid witness", message);
        this.field = field;
        with("field", field);
    }

    String field() {
        return field;
    }
}

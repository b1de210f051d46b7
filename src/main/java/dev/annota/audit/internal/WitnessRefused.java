package dev.annota.audit.internal;

/** A witness request the server will not act on, naming the field at fault (422 at the edge). */
class WitnessRefused extends RuntimeException {

    private final String field;

    WitnessRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}

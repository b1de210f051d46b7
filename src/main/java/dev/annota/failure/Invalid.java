package dev.annota.failure;

/**
 * The input breaks a rule, and nothing of it was stored. Names what is wrong in the property {@code field} (in the
 * request's own spelling, such as {@code admin.password}) and, where it helps, {@code line} and {@code column};
 * {@link Kind} says whether the content breaks a rule (the usual), cannot be read at all, is too large, or is in a
 * format not accepted.
 */
public non-sealed class Invalid extends Failure {

    /** How the input is wrong; each kind has its own answer at the edge. */
    public enum Kind {
        /** Readable, but a value breaks a rule. */
        RULE_BROKEN,
        /** The request itself cannot be read: a malformed header or parameter. */
        MALFORMED,
        /** Larger than the limit. */
        TOO_LARGE,
        /** Not in a format that is accepted. */
        UNSUPPORTED_FORMAT
    }

    private final Kind kind;

    public Invalid(String detail) {
        this(null, detail);
    }

    public Invalid(String title, String detail) {
        this(Kind.RULE_BROKEN, title, detail);
    }

    public Invalid(Kind kind, String title, String detail) {
        super(title, detail, null);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

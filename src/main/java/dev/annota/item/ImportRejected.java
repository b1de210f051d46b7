package dev.annota.item;

import dev.annota.failure.Invalid;

/** A file rejected whole: nothing of it was stored. Names the line (1-based) and, where known, the field. */
public class ImportRejected extends Invalid {

    private final long line;
    private final String field;

    public ImportRejected(long line, String field, String reason) {
        this(line, field, reason, Kind.RULE_BROKEN);
    }

    /** {@code kind}: {@link Kind#TOO_LARGE} for a record over the size limit, else a rule the line breaks. */
    public ImportRejected(long line, String field, String reason, Kind kind) {
        super(kind, "Import rejected", "Line " + line + (field == null ? "" : ", field '" + field + "'") + ": " + reason
                + ". Nothing was imported; fix the line and upload the file again.");
        this.line = line;
        this.field = field;
        with("line", line);
        with("field", field);
    }

    public long line() {
        return line;
    }

    /** The field of the line that is wrong, or null when the line as a whole is. */
    public String field() {
        return field;
    }
}

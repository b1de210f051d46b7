package dev.annota.item;

import dev.annota.failure.Invalid;

/** An upload refused whole (nothing stored): not an accepted format, too large or unreadable. */
public class ImageRejected extends Invalid {

    private final String field;

    public ImageRejected(Kind kind, String field, String detail) {
        super(kind, "Image rejected", detail);
        this.field = field;
        with("field", field);
    }

    public String field() {
        return field;
    }
}

package dev.annota.failure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused for a reason the caller can act on. Its message is the detail shown to the caller; its title is
 * a short name of the refusal (none: the kind's usual name); its properties are the further facts the caller needs,
 * such as the {@code field} or {@code line} of a mistake, shown as they are.
 */
public abstract sealed class Failure extends RuntimeException
        permits NotFound, Forbidden, Invalid, Conflict, Gone, RetryLater, Damaged {

    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected Failure(String title, String detail, Throwable cause) {
        super(detail, cause);
        this.title = title;
    }

    /** The short name of this refusal, or null for the kind's usual name ("Not Found", "Conflict"…). */
    public String title() {
        return title;
    }

    /** What went wrong and, where it helps, what to do; may be null when there is nothing more to say. */
    public String detail() {
        return getMessage();
    }

    /** The further facts, in the order added. */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** Adds a further fact (a null value is left out) and returns this failure, to throw it in one statement. */
    public Failure with(String name, Object value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }
}

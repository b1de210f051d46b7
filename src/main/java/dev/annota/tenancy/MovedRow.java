package dev.annota.tenancy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.annota.failure.Invalid;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tenant's row on its way to another tenant, possibly on another instance (a project bundle): its columns as JSON
 * fields, read back with every id translated into the receiving tenant's ids. The modules that own the rows write
 * and read them through this one shape; a field missing or of the wrong type is an {@link Invalid} naming the field.
 */
public final class MovedRow {

    private final JsonNode fields;
    private final UnaryOperator<UUID> newIds;

    /** {@code newIds}: the receiving tenant's id for an id of the sender (the same id every time it is asked). */
    public MovedRow(JsonNode fields, UnaryOperator<UUID> newIds) {
        if (fields == null || !fields.isObject()) {
            throw new Invalid("Invalid row", "A row is a JSON object.");
        }
        this.fields = fields;
        this.newIds = newIds;
    }

    /** Writes a column's value into a row being sent: ids, times and numbers as JSON, JSON documents as they are. */
    public static void put(ObjectNode row, String field, Object value) {
        switch (value) {
            case null -> row.putNull(field);
            case UUID id -> row.put(field, id.toString());
            case Timestamp t -> row.put(field, t.toInstant().toString());
            case OffsetDateTime t -> row.put(field, t.toInstant().toString());
            case Instant t -> row.put(field, t.toString());
            case Integer n -> row.put(field, n);
            case Long n -> row.put(field, n);
            case Double n -> row.put(field, n);
            case Boolean b -> row.put(field, b);
            case JsonNode json -> row.set(field, json);
            default -> row.put(field, value.toString());
        }
    }

    /** The receiving tenant's id for the sender's id in the field; null when the field is null. */
    public UUID id(String field) {
        UUID old = oldId(field);
        return old == null ? null : newIds.apply(old);
    }

    /** The sender's id as it was (provenance). */
    public UUID oldId(String field) {
        JsonNode value = value(field);
        if (value.isNull()) {
            return null;
        }
        try {
            return UUID.fromString(value.asString());
        } catch (IllegalArgumentException e) {
            throw wrong(field, "an id (UUID)");
        }
    }

    public String text(String field) {
        JsonNode value = value(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw wrong(field, "a string");
        }
        return value.asString();
    }

    /** A JSON document held in the field; null for JSON null. */
    public JsonNode json(String field) {
        JsonNode value = value(field);
        return value.isNull() ? null : value;
    }

    public Integer integer(String field) {
        JsonNode value = value(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrong(field, "an integer");
        }
        return value.intValue();
    }

    public Long number(String field) {
        JsonNode value = value(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(field, "an integer");
        }
        return value.longValue();
    }

    public Double decimal(String field) {
        JsonNode value = value(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrong(field, "a number");
        }
        return value.doubleValue();
    }

    public Boolean flag(String field) {
        JsonNode value = value(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrong(field, "true or false");
        }
        return value.booleanValue();
    }

    public Timestamp time(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Timestamp.from(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw wrong(field, "an ISO-8601 instant");
        }
    }

    /** A field that must not be null. */
    public <T> T required(String field, T value) {
        if (value == null) {
            throw new Invalid("Invalid row", "The field '" + field + "' is required.").with("field", field);
        }
        return value;
    }

    private JsonNode value(String field) {
        JsonNode value = fields.get(field);
        if (value == null) {
            throw new Invalid("Invalid row", "The field '" + field + "' is missing.").with("field", field);
        }
        return value;
    }

    private static RuntimeException wrong(String field, String expected) {
        return new Invalid("Invalid row", "The field '" + field + "' must be " + expected + ".").with("field", field);
    }
}

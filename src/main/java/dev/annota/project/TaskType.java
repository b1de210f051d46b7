package dev.annota.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What annotators do on a project's items. More types come with the workbench. */
public enum TaskType {
    TEXT_CLASSIFICATION("text-classification");

    private final String id;

    TaskType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** What is wrong with an item's data for this task type, or null when it fits. */
    public Violation checkItemData(tools.jackson.databind.JsonNode data) {
        return switch (this) {
            case TEXT_CLASSIFICATION -> data.path("text").isString() && !data.path("text").stringValue().isBlank()
                    ? null : new Violation("data.text", "a text classification item needs a non-empty string 'text'");
        };
    }

    @JsonCreator
    public static TaskType of(String id) {
        for (TaskType type : values()) {
            if (type.id.equals(id) || type.name().equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown task type '" + id + "'; known: text-classification");
    }
}

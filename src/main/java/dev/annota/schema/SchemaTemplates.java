package dev.annota.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The template gallery of "New project" and {@code GET /api/v1/schema-templates}: one or more schemas per task type,
 * written as data in {@code templates.json} beside this class so a template is added without code.
 */
public final class SchemaTemplates {

    private static final List<SchemaTemplate> ALL = read();

    private SchemaTemplates() {
    }

    /** Every template, in the gallery's order. */
    public static List<SchemaTemplate> all() {
        return ALL;
    }

    private static List<SchemaTemplate> read() {
        try (InputStream in = SchemaTemplates.class.getResourceAsStream("templates.json")) {
            if (in == null) {
                throw new IllegalStateException("templates.json is missing beside " + SchemaTemplates.class.getName());
            }
            var templates = new ArrayList<SchemaTemplate>();
            for (JsonNode t : JsonMapper.shared().readTree(in)) {
                templates.add(new SchemaTemplate(t.get("id").asString(), t.get("name").asString(),
                        TaskType.of(t.get("taskType").asString()), t.get("description").asString(), t.get("schema"),
                        t.get("sampleItem"), t.get("sampleAnswer")));
            }
            return List.copyOf(templates);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

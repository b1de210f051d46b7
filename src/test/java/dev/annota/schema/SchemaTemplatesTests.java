package dev.annota.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every template of the gallery is a schema the server accepts, with an item and an answer it accepts too (no Spring). */
class SchemaTemplatesTests {

    static java.util.List<SchemaTemplate> templates() {
        return SchemaTemplates.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void aTemplatesSchemaItemAndAnswerPassTheSchemaReader(SchemaTemplate template) {
        LabelSchema schema = LabelSchema.parse(template.schema());

        assertThat(template.taskType().checkSchema(schema)).as("schema fits %s", template.taskType()).isEmpty();
        assertThat(template.taskType().checkItemData(template.sampleItem())).as("sample item").isNull();
        assertThat(schema.check(template.sampleAnswer(), template.sampleItem())).as("sample answer").isEmpty();
        // The check is real: an empty answer leaves a required question unanswered.
        assertThat(schema.check(JsonMapper.shared().createObjectNode(), template.sampleItem())).as("empty answer").isNotEmpty();
        assertThat(template.name()).isNotBlank();
        assertThat(template.description()).isNotBlank();
    }

    @Test
    void everyTaskTypeHasATemplateAndIdsAreUnique() {
        assertThat(templates().stream().map(SchemaTemplate::taskType).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TaskType.values());
        assertThat(templates().stream().map(SchemaTemplate::id).distinct().count()).isEqualTo(templates().size());
        assertThat(templates().stream().map(SchemaTemplate::id))
                .contains("sentiment", "ner", "pairwise-helpsteer", "ranking", "sft-demonstration", "correction",
                        "conversation-rating", "safety", "image-boxes", "image-polygons");
    }
}

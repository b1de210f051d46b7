package dev.annota.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ItemPreviewTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode data(String json) {
        return JSON.readTree(json);
    }

    @Test
    void theTextOfAnItemIsPreviewedFlatAndCutAtAWordWithAnEllipsis() {
        String words = "word ".repeat(60);
        var preview = ItemPreview.of(data("{\"text\": \"" + words + "\\n\\n end\"}"));
        assertThat(preview.text()).endsWith("…").doesNotContain("\n").hasSizeLessThanOrEqualTo(ItemPreview.LENGTH + 1);
        assertThat(preview.text()).doesNotEndWith(" …").startsWith("word word");
        assertThat(ItemPreview.of(data("{\"text\": \"  short\\ttext \"}")).text()).isEqualTo("short text");
    }

    @Test
    void promptsConversationsAndImagesArePreviewedByWhatTheyShowFirst() {
        assertThat(ItemPreview.of(data("{\"prompt\": \"Is rice safe?\", \"responses\": [\"a\", \"b\"]}")).text()).isEqualTo("Is rice safe?");
        assertThat(ItemPreview.of(data("{\"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}")).text()).isEqualTo("Hello");
        var image = ItemPreview.of(data("{\"image\": {\"url\": \"https://example.org/a.jpg\", \"width\": 10, \"height\": 10}}"));
        assertThat(image.image()).isEqualTo("https://example.org/a.jpg");
        assertThat(ItemPreview.of(data("{\"n\": 3}")).text()).isNull();
    }

    @Test
    void theTextSearchLooksInEveryStringOfTheDataIgnoringCase() {
        JsonNode conversation = data("{\"messages\": [{\"role\": \"user\", \"content\": \"Where is Tōkyō?\"}], \"meta\": {\"tags\": [\"Geo\"]}}");
        assertThat(ItemPreview.matches(conversation, "TŌKYŌ")).isTrue();
        assertThat(ItemPreview.matches(conversation, "geo")).isTrue();
        assertThat(ItemPreview.matches(conversation, "paris")).isFalse();
    }
}

package dev.annota.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Marks in a text, without Spring: what a view is served, what is read back from a copy and what is stored. */
class LeakMarksTests {

    private static final String TEXT = "Jane Doe 👩🏽‍💻 met Zoë (e\u0301) in Paris. She wrote the report on Tuesday, and the team "
            + "reviewed it twice before it was sent to the client.\nSecond paragraph: a short one, still prose enough to be marked.";
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aMarkedTextReadsAsTheOriginalOnceStrippedAndCarriesItsViewsCodeInEveryFrame() {
        UUID view = UUID.randomUUID();
        String marked = LeakMarks.mark(TEXT, LeakMarks.code(view));

        assertThat(marked).isNotEqualTo(TEXT).hasSizeGreaterThan(TEXT.length() + 2 * (LeakMarks.CODE_BITS + 1));
        assertThat(LeakMarks.strip(marked)).isEqualTo(TEXT);
        var found = LeakMarks.read(marked);
        assertThat(found.codes()).hasSizeGreaterThanOrEqualTo(3).containsOnly(LeakMarks.code(view));
        assertThat(found.partial()).isEmpty();
    }

    @Test
    void framesSitBeforeWordsNeverInsideAGraphemeOrAnEmojiSequence() {
        String marked = LeakMarks.mark(TEXT, LeakMarks.code(UUID.randomUUID()));
        // the emoji sequence with its skin tone and joiner, and the combining accent, come through untouched
        assertThat(marked).contains("👩🏽‍💻", "(e\u0301)");
        for (int i = marked.indexOf('\u2060'); i >= 0; i = marked.indexOf('\u2060', i + 1)) {
            assertThat(i == 0 || Character.isWhitespace(marked.charAt(i - 1))).as("frame at %d follows a space", i).isTrue();
        }
        assertThat(LeakMarks.read("\n" + marked.substring(marked.indexOf('\n') + 1)).codes()).as("a pasted paragraph").isNotEmpty();
        // a combining mark after a space belongs to the space's grapheme: no frame between them
        String combining = LeakMarks.mark("\u0301" + "a".repeat(50) + " b", LeakMarks.code(UUID.randomUUID()));
        assertThat(combining).startsWith("\u0301a");
        assertThat(LeakMarks.read(combining).codes()).hasSize(1);
    }

    @Test
    void aCutFrameIsReadAsTheFirstBitsOfItsCode() {
        long code = LeakMarks.code(UUID.randomUUID());
        String frame = LeakMarks.frame(code);
        var found = LeakMarks.read("some words " + frame.substring(0, 21));

        assertThat(found.codes()).isEmpty();
        assertThat(found.partial()).singleElement().satisfies(p -> {
            assertThat(p.length()).isEqualTo(20);
            assertThat(p.of(code)).isTrue();
            assertThat(p.of(code ^ (1L << 47))).isFalse();
        });
        // the tail of a frame cut at its start carries no position, so no code: it is only stripped
        assertThat(LeakMarks.read(frame.substring(5)).codes()).isEmpty();
        assertThat(LeakMarks.strip("a" + frame.substring(5) + "b")).isEqualTo("ab");
    }

    @Test
    void strippingLeavesLegitimateZeroWidthCharactersAlone() {
        // a Persian ZWNJ, a Thai word break (ZWSP), an emoji ZWJ sequence: single characters that are text, not marks
        String text = "می\u200Cخواهم ภาษา\u200Bไทย 👨\u200D👩\u200D👧";
        assertThat(LeakMarks.strip(text)).isEqualTo(text);
    }

    @Test
    void onlyProseStringsOfTheDataAreMarkedIdsUrlsAndLabelsStayAsTheyAre() {
        JsonNode data = json.readTree("""
                {"text": "%s", "id": "resp-1", "url": "https://example.org/a/very/long/path/that/is/no/prose/at/all",
                 "responses": [{"id": "a", "content": "The first response says something long enough to be marked."}],
                 "n": 3}""".formatted(TEXT.replace("\n", "\\n")));
        UUID view = UUID.randomUUID();
        LeakMarks.marked(data, view);

        assertThat(LeakMarks.read(data.get("text").asString()).codes()).containsOnly(LeakMarks.code(view));
        assertThat(LeakMarks.read(data.get("responses").get(0).get("content").asString()).codes()).isNotEmpty();
        assertThat(data.get("id").asString()).isEqualTo("resp-1");
        assertThat(data.get("url").asString()).doesNotContain("\u2060");
        assertThat(data.get("responses").get(0).get("id").asString()).isEqualTo("a");

        JsonNode answer = json.readTree("{\"note\": " + json.writeValueAsString(data.get("text").asString())
                + ", \"spans\": [{\"start\": 0, \"end\": 8, \"text\": \"Jane Doe\"}]}");
        LeakMarks.stripped(answer);
        assertThat(answer.get("note").asString()).isEqualTo(TEXT);
        assertThat(answer.get("spans").get(0).get("text").asString()).isEqualTo("Jane Doe");
    }

    @Test
    void twoViewsOfOneItemGetDifferentCodes() {
        assertThat(LeakMarks.code(UUID.randomUUID())).isNotEqualTo(LeakMarks.code(UUID.randomUUID()));
        UUID view = UUID.randomUUID();
        assertThat(LeakMarks.code(view)).isEqualTo(LeakMarks.code(view)).isLessThan(1L << LeakMarks.CODE_BITS).isNotNegative();
    }
}

package dev.annota.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.annota.failure.Invalid;
import dev.annota.masking.MaskedItem;
import dev.annota.masking.MaskedText;
import dev.annota.masking.MaskingSettings;
import dev.annota.schema.LabelSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Masking a text and carrying span offsets (Unicode code points) between the masked and the original text. */
class MaskingOffsetsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private static MaskingRules rules(String path, String... detectors) {
        return MaskingRules.of(new MaskingSettings(List.of(new MaskingSettings.Field(path, List.of(detectors))), "US", List.of()));
    }

    private static int cp(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void theSameAddressIsTheSamePlaceholderAndOffsetsAroundEmojiAndCombiningMarksMapBothWays() {
        // 👩‍💻 is 3 code points (5 UTF-16 units); é is e + U+0301 (2 code points).
        String before = "👩‍💻 José\u0301 wrote ";
        String text = before + "alice@example.com, then bob@example.org and alice@example.com again ✓";
        MaskedText m = TextMasker.mask(text, rules("text", "EMAIL").fields().getFirst().detectors(), new Placeholders());

        assertThat(m.masked()).isEqualTo(before + "[EMAIL_1], then [EMAIL_2] and [EMAIL_1] again ✓");
        int at = cp(before);
        // A span over the placeholder covers the whole address in the original.
        assertThat(m.originalStart(at)).isEqualTo(at);
        assertThat(m.originalEnd(at + "[EMAIL_1]".length())).isEqualTo(at + "alice@example.com".length());
        assertThat(m.originalBetween(m.originalStart(at), m.originalEnd(at + 9))).isEqualTo("alice@example.com");
        // Part of a placeholder snaps to the whole value.
        assertThat(m.originalStart(at + 3)).isEqualTo(at);
        assertThat(m.originalEnd(at + 3)).isEqualTo(at + 17);
        // The emoji and the name before the first value keep their offsets.
        assertThat(m.originalStart(0)).isZero();
        assertThat(m.originalEnd(3)).isEqualTo(3);
        // "again ✓" after three placeholders: shifted by what the three values and placeholders differ.
        int maskedAgain = cp(m.masked()) - cp("again ✓");
        int originalAgain = cp(text) - cp("again ✓");
        assertThat(m.originalStart(maskedAgain)).isEqualTo(originalAgain);
        assertThat(m.originalEnd(cp(m.masked()))).isEqualTo(cp(text));
        assertThat(m.maskedStart(originalAgain)).isEqualTo(maskedAgain);
        assertThat(m.originalBetween(originalAgain, cp(text))).isEqualTo(m.maskedBetween(maskedAgain, cp(m.masked())));
        // Original → masked: a span over part of the address becomes the whole placeholder.
        assertThat(m.maskedStart(at + 2)).isEqualTo(at);
        assertThat(m.maskedEnd(at + 5)).isEqualTo(at + 9);
        // Every offset outside the values survives the round trip.
        for (int o = 0; o <= cp(text); o++) {
            boolean inside = false;
            for (var r : m.replacements()) {
                inside |= o > r.originalStart() && o < r.originalEnd();
            }
            if (!inside) {
                assertThat(m.originalStart(m.maskedStart(o))).as("start " + o).isEqualTo(o);
                assertThat(m.originalEnd(m.maskedEnd(o))).as("end " + o).isEqualTo(o);
            }
        }
    }

    @Test
    void spansSubmittedOnTheMaskedTextAreStoredOnTheOriginalWithTheirCoveredText() {
        JsonNode data = json.readTree("{\"text\": \"😀 Mail ana@example.com or call +1 212-555-0187, Zoë\u0308.\"}");
        MaskedItem item = ItemMasker.mask(data, rules("text", "EMAIL", "PHONE"));
        String masked = data.get("text").stringValue();
        assertThat(masked).isEqualTo("😀 Mail [EMAIL_1] or call [PHONE_1], Zoë\u0308.");
        LabelSchema schema = LabelSchema.parse(json.readTree(
                "{\"questions\":[{\"name\":\"entities\",\"type\":\"spans\",\"labels\":[\"PII\",\"PER\"]}]}"));
        // [EMAIL_1] is code points 7..16; "Zoë̈" (Z o e ̈ ̈: 5 code points) after the phone placeholder.
        int zoe = cp("😀 Mail [EMAIL_1] or call [PHONE_1], ");
        JsonNode answer = json.readTree("{\"entities\":[{\"start\":7,\"end\":16,\"label\":\"PII\",\"text\":\"[EMAIL_1]\"},"
                + "{\"start\":" + zoe + ",\"end\":" + (zoe + 4) + ",\"label\":\"PER\",\"text\":\"Zoë\u0308\"}]}");

        JsonNode original = SpanMapping.toOriginal(schema, item, answer);

        String text = item.texts().get("text").original();
        int originalZoe = cp("😀 Mail ana@example.com or call +1 212-555-0187, ");
        assertThat(original.at("/entities/0/start").asInt()).isEqualTo(7);
        assertThat(original.at("/entities/0/end").asInt()).isEqualTo(7 + cp("ana@example.com"));
        assertThat(original.at("/entities/0/text").stringValue()).isEqualTo("ana@example.com");
        assertThat(original.at("/entities/1/start").asInt()).isEqualTo(originalZoe);
        assertThat(original.at("/entities/1/text").stringValue()).isEqualTo("Zoë\u0308");
        assertThat(schema.check(original, json.readTree("{\"text\":" + json.writeValueAsString(text) + "}"))).isEmpty();
        // And back, as a rework or a reviewer is shown it.
        assertThat(SpanMapping.toMasked(schema, item, original)).isEqualTo(answer);
        // The submitted answer itself is not changed.
        assertThat(answer.at("/entities/0/end").asInt()).isEqualTo(16);
    }

    @Test
    void placeholdersAreNumberedAcrossTheFieldsOfOneItem() {
        JsonNode data = json.readTree("""
                {"prompt": "Is 10.0.0.1 or 2001:db8::1 yours? ask ops@example.com",
                 "responses": [{"content": "ops@example.com owns 10.0.0.1", "model": "a"}, {"content": "no idea"}],
                 "other": "ops@example.com"}""");
        var rules = MaskingRules.of(new MaskingSettings(List.of(new MaskingSettings.Field("prompt", List.of("EMAIL", "IP")),
                new MaskingSettings.Field("responses/*/content", List.of("EMAIL", "IP"))), null, List.of()));

        MaskedItem item = ItemMasker.mask(data, rules);

        assertThat(data.get("prompt").stringValue()).isEqualTo("Is [IP_1] or [IP_2] yours? ask [EMAIL_1]");
        assertThat(data.at("/responses/0/content").stringValue()).isEqualTo("[EMAIL_1] owns [IP_1]");
        assertThat(data.at("/responses/1/content").stringValue()).isEqualTo("no idea");
        assertThat(data.get("other").stringValue()).as("a field not configured is not masked").isEqualTo("ops@example.com");
        assertThat(item.texts()).containsOnlyKeys("prompt", "responses/0/content");
    }

    @Test
    void aLabsPatternRunsInLinearTimeAndBadSettingsAreRefusedNamingTheField() {
        var settings = new MaskingSettings(List.of(new MaskingSettings.Field("text", List.of("CASE"))), null,
                List.of(new MaskingSettings.CustomPattern("CASE", "(a+)+b")));
        var detector = MaskingRules.of(settings).fields().getFirst().detectors().getFirst();
        // The textbook catastrophic backtracking input: exponential for a backtracking engine, linear for RE2.
        long started = System.nanoTime();
        assertThat(detector.find("a".repeat(50_000) + "!")).isEmpty();
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
        assertThat(detector.find("ref aaab here")).extracting(Finding::type).containsExactly("CASE");

        assertThatThrownBy(() -> MaskingRules.of(new MaskingSettings(List.of(), null,
                List.of(new MaskingSettings.CustomPattern("CASE", "(a")))))
                .isInstanceOf(Invalid.class).hasMessageContaining("patterns[0].regex");
        assertThatThrownBy(() -> MaskingRules.of(new MaskingSettings(List.of(), null,
                List.of(new MaskingSettings.CustomPattern("CASE", "x*")))))
                .isInstanceOf(Invalid.class).hasMessageContaining("empty text");
        assertThatThrownBy(() -> MaskingRules.of(new MaskingSettings(List.of(new MaskingSettings.Field("text", List.of("NAME"))),
                null, List.of()))).isInstanceOf(Invalid.class).hasMessageContaining("fields[0].detectors");
        assertThatThrownBy(() -> MaskingRules.of(new MaskingSettings(List.of(new MaskingSettings.Field("a//b", List.of("EMAIL"))),
                null, List.of()))).isInstanceOf(Invalid.class).hasMessageContaining("fields[0].path");
        assertThatThrownBy(() -> MaskingRules.of(new MaskingSettings(List.of(), "Mars", List.of())))
                .isInstanceOf(Invalid.class).hasMessageContaining("phoneRegion");
    }

    @Test
    void checksumsSeparateCardsAndIbansFromLookAlikes() {
        assertThat(Detectors.luhn("4111111111111111")).isTrue();
        assertThat(Detectors.luhn("4111111111111112")).isFalse();
        assertThat(Detectors.mod97("DE89370400440532013000")).isTrue();
        assertThat(Detectors.mod97("DE89370400440532013001")).isFalse();
        assertThat(Addresses.ipv6("2001:db8::1")).isTrue();
        assertThat(Addresses.ipv6("12:30:45")).isFalse();
        assertThat(Addresses.ipv4("256.1.1.1")).isFalse();
        assertThat(SecretDetector.random("Zq8xR2mVt7LpW4nYc6KbJ3hGf9Ds")).isTrue();
        assertThat(SecretDetector.random("internationalization2024")).isFalse();
    }
}

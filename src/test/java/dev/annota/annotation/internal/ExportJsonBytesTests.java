package dev.annota.annotation.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The export writes opened values as their UTF-8 bytes: the lines must be the ones the strings gave, byte for byte. */
class ExportJsonBytesTests {

    final JsonMapper json = JsonMapper.builder().build();

    static final String[] TEXTS = {"", "patient-0042", "a \"quoted\" \\ back/slash", "tab\tnew\nline\r\u0000\u001f\u007f",
            "é ü ß 中文 😀 \u2028 \u2029 \uFEFF", "</script>"};

    @Test
    void aStringWrittenFromItsUtf8BytesIsEscapedAsTheStringIs() {
        for (String text : TEXTS) {
            assertThat(written((gen, t) -> {
                byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
                gen.writeUTF8String(bytes, 0, bytes.length);
            }, text)).isEqualTo(written(JsonGenerator::writeString, text));
        }
    }

    @Test
    void aRawValueWrittenFromItsUtf8BytesIsTheRawValueOfTheString() {
        StringBuilder large = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            large.append("\"é😀").append(i).append("\",");
        }
        large.append("0]");
        for (String value : new String[] {"{}", "{\"text\":\"é 😀 \\u2028\"}", large.toString()}) {
            assertThat(written((gen, v) -> gen.writeRawValue(new RawUtf8(v.getBytes(StandardCharsets.UTF_8))), value))
                    .isEqualTo(written(JsonGenerator::writeRawValue, value));
        }
    }

    /** An object of two properties, the second written by {@code write}; long enough before it to fill the buffer. */
    private String written(BiConsumer<JsonGenerator, String> write, String value) {
        var out = new ByteArrayOutputStream();
        try (JsonGenerator gen = json.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringProperty("before", "x".repeat(7_990));
            gen.writeName("value");
            write.accept(gen, value);
            gen.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

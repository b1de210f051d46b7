package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.annota.failure.Invalid;
import dev.annota.item.ImportRejected;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The streaming reader of import files, no Spring: what it accepts, and the line and field it names when it refuses. */
class ImportReaderTests {

    private final ImportReader reader = new ImportReader(JsonMapper.builder().build());

    private List<ImportReader.ItemRecord> read(String file) {
        var records = new ArrayList<ImportReader.ItemRecord>();
        long count = reader.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), records::add);
        assertThat(count).isEqualTo(records.size());
        return records;
    }

    private ImportRejected rejected(String file) {
        var records = new ArrayList<ImportReader.ItemRecord>();
        try {
            reader.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), records::add);
        } catch (ImportRejected e) {
            return e;
        }
        throw new AssertionError("expected the file to be rejected, read " + records);
    }

    private static Object field(ImportRejected e) {
        return e.field();
    }

    @Test
    void readsJsonLinesInFileOrderWithTheirLineNumbers() {
        var records = read("""
                {"external_id": "a", "data": {"text": "one"}}
                {"external_id": "b", "data": {"text": "two"}}
                {"data": {"text": "three"}}
                """);

        assertThat(records).extracting(ImportReader.ItemRecord::line).containsExactly(1L, 2L, 3L);
        assertThat(records).extracting(ImportReader.ItemRecord::externalId).containsExactly("a", "b", null);
        assertThat(records.get(1).data().get("text").stringValue()).isEqualTo("two");
    }

    @Test
    void blankLinesAreIgnoredAndLaterLinesKeepTheirNumbers() {
        var records = read("\n{\"data\": {\"text\": \"one\"}}\n\n   \n{\"data\": {\"text\": \"two\"}}\n\n");

        assertThat(records).extracting(ImportReader.ItemRecord::line).containsExactly(2L, 5L);
    }

    @Test
    void readsAJsonArrayOfItems() {
        var records = read("""
                [
                  {"external_id": "a", "data": {"text": "one"}},
                  {"external_id": "b", "data": {"text": "two"}}
                ]""");

        assertThat(records).extracting(ImportReader.ItemRecord::externalId).containsExactly("a", "b");
        assertThat(records).extracting(ImportReader.ItemRecord::line).containsExactly(2L, 3L);
    }

    @Test
    void anEmptyFileOrEmptyArrayHoldsNoItems() {
        assertThat(rejected("").getMessage()).contains("no items");
        assertThat(rejected("\n\n").getMessage()).contains("no items");
        assertThat(rejected("[]").getMessage()).contains("no items");
    }

    @Test
    void badJsonIsRejectedWithItsLineNumber() {
        var e = rejected("""
                {"data": {"text": "one"}}
                {"data": {"text": "two"}}
                {"data": {"text": "three"
                {"data": {"text": "four"}}
                """);

        assertThat(e.line()).isBetween(3L, 4L);
        assertThat(e.detail()).startsWith("Line " + e.line()).contains("not valid JSON");
        assertThat(rejected("{\"data\": {\"text\": \"one\"}}\nnot json\n").line()).isEqualTo(2);
    }

    @Test
    void aRecordThatIsNotAnObjectIsRejectedWithItsLine() {
        var e = rejected("{\"data\": {\"text\": \"one\"}}\n\"just a string\"\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("JSON object");
    }

    @Test
    void anUnclosedArrayOrContentAfterItIsRejected() {
        assertThat(rejected("[{\"data\": {}},\n{\"data\": {}}").detail()).contains("Line 2");
        assertThat(rejected("[{\"data\": {}}]\n{\"data\": {}}").line()).isEqualTo(2);
    }

    @Test
    void anUnknownFieldIsNamedWithItsLine() {
        var e = rejected("{\"data\": {\"text\": \"one\"}}\n{\"data\": {\"text\": \"two\"}, \"label\": \"x\"}\n");

        assertThat(e.line()).isEqualTo(2);
        assertThat(field(e)).isEqualTo("label");
        assertThat(e.kind()).isEqualTo(Invalid.Kind.RULE_BROKEN);
    }

    @Test
    void missingOrNonObjectDataIsRejectedNamingData() {
        var missing = rejected("{\"external_id\": \"a\"}\n");
        assertThat(missing.line()).isEqualTo(1);
        assertThat(field(missing)).isEqualTo("data");

        var text = rejected("{\"data\": {}}\n{\"data\": \"hello\"}\n");
        assertThat(text.line()).isEqualTo(2);
        assertThat(field(text)).isEqualTo("data");

        assertThat(field(rejected("{\"data\": null}"))).isEqualTo("data");
    }

    @Test
    void anExternalIdMayBeAStringAnIntegerOrNull() {
        var records = read("""
                {"external_id": "x-1", "data": {}}
                {"external_id": 42, "data": {}}
                {"external_id": null, "data": {}}
                """);

        assertThat(records).extracting(ImportReader.ItemRecord::externalId).containsExactly("x-1", "42", null);
    }

    @Test
    void anExternalIdOfAnotherTypeOrLengthIsRejected() {
        for (String bad : List.of("1.5", "true", "{}", "[]", "\"\"", "\"" + "x".repeat(201) + "\"")) {
            var e = rejected("{\"data\": {}}\n{\"external_id\": " + bad + ", \"data\": {}}\n");
            assertThat(e.line()).as(bad).isEqualTo(2);
            assertThat(field(e)).as(bad).isEqualTo("external_id");
        }
        assertThat(read("{\"external_id\": \"" + "x".repeat(200) + "\", \"data\": {}}")).hasSize(1);
    }

    @Test
    void theSinkSeesRecordsBeforeALaterBadLineSoTheCallerMustRollBack() {
        var seen = new ArrayList<ImportReader.ItemRecord>();
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(
                "{\"data\": {}}\n{\"data\": {}}\n{\"oops\": 1}\n".getBytes(StandardCharsets.UTF_8)), seen::add))
                .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThat(seen).hasSize(2);
    }

    @Test
    void anItemOverTheSizeLimitIsRefusedAsTooLargeNamingItsLine() {
        var small = new ImportReader(JsonMapper.builder().build(), 100);
        String file = "{\"data\": {\"text\": \"short\"}}\n{\"data\": {\"text\": \"" + "x".repeat(100) + "\"}}\n";

        var records = new ArrayList<ImportReader.ItemRecord>();
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(ImportRejected.class,
                () -> small.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), records::add));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.kind()).isEqualTo(dev.annota.failure.Invalid.Kind.TOO_LARGE);
        assertThat(e.detail()).contains("at most 100 bytes");
        assertThat(records).as("the first item was within the limit").hasSize(1);
        assertThat(new ImportReader(JsonMapper.builder().build(), 200)
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), r -> { })).isEqualTo(2);
    }
}

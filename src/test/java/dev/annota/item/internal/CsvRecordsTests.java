package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.annota.failure.Invalid;
import dev.annota.item.ImportRejected;
import dev.annota.schema.TaskType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** CSV rows as item records, without Spring: line numbers, the per-item limit, bytes that are not UTF-8. */
class CsvRecordsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private List<ImportReader.ItemRecord> read(String csv, long maxItemBytes) {
        return read(csv.getBytes(StandardCharsets.UTF_8), maxItemBytes);
    }

    private List<ImportReader.ItemRecord> read(byte[] csv, long maxItemBytes) {
        var records = new ArrayList<ImportReader.ItemRecord>();
        new CsvRecords(new FieldMapping(TaskType.TEXT_CLASSIFICATION, Map.of(), json), TaskType.TEXT_CLASSIFICATION, maxItemBytes)
                .read(new ByteArrayInputStream(csv), records::add);
        return records;
    }

    @Test
    void eachRowIsNamedByTheLineItStartsOnAndBlankLinesAreSkipped() {
        var records = read("text\n\"a\nb\nc\"\n\nd\n", 1000);

        assertThat(records).extracting(ImportReader.ItemRecord::line).containsExactly(2L, 6L);
    }

    @Test
    void aRowOverThePerItemLimitIsRefusedAsTooLarge() {
        assertThatThrownBy(() -> read("id,text\n1,short\n2," + "x".repeat(200) + "\n", 100))
                .isInstanceOfSatisfying(ImportRejected.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.kind()).isEqualTo(Invalid.Kind.TOO_LARGE);
                });
    }

    @Test
    void bytesThatAreNotUtf8AndAHeaderWithARepeatedColumnAreRefusedNamingTheLine() {
        byte[] latin1 = "text\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1, 1000)).isInstanceOfSatisfying(ImportRejected.class,
                e -> assertThat(e.getMessage()).contains("not UTF-8"));
        assertThatThrownBy(() -> read("text,text\na,b\n", 1000)).isInstanceOfSatisfying(ImportRejected.class,
                e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> read("", 1000)).isInstanceOf(ImportRejected.class);
    }

    @Test
    void aColumnWhoseNameCannotBeADataPropertyMustBeMapped() {
        assertThatThrownBy(() -> read("text,my notes\na,b\n", 1000)).isInstanceOfSatisfying(ImportRejected.class,
                e -> assertThat(e.field()).isEqualTo("my notes"));
    }
}

package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.annota.item.ImportRejected;
import org.junit.jupiter.api.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * The item import reader on arbitrary bytes: every file is either read into well-formed records or rejected with
 * {@link ImportRejected} naming a line; nothing else may come out (no NullPointerException, no raw Jackson error, no
 * ClassCastException). Regression mode replays the corpus in ImportReaderFuzzTestInputs; JAZZER_FUZZ=1 fuzzes.
 */
@Tag("fuzz")
class ImportReaderFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @FuzzTest(maxDuration = "2m")
    void anyFileIsReadOrRejectedWithALine(byte[] file) {
        try {
            long n = new ImportReader(JSON).read(new ByteArrayInputStream(file), record -> {
                assertThat(record.line()).isPositive();
                assertThat(record.data()).isNotNull();
                assertThat(record.data().isObject()).isTrue();
                if (record.predictions() != null && !record.predictions().isNull()) {
                    assertThat(record.predictions().isArray()).isTrue();
                    assertThat(record.predictions().size()).isLessThanOrEqualTo(ImportReader.MAX_PREDICTIONS);
                }
            });
            assertThat(n).isPositive();
        } catch (ImportRejected expected) {
            assertThat(expected.line()).isPositive();
            assertThat(expected.detail()).startsWith("Line ");
        }
    }
}

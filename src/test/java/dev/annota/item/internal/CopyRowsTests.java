package dev.annota.item.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The COPY text encoder of the PostgreSQL import, no database: its bytes against the format's rules. */
class CopyRowsTests {

    private static String written(CopyRows rows) {
        return new String(Arrays.copyOf(rows.array(), rows.size()), StandardCharsets.UTF_8);
    }

    /** The format's rule, written the slow and obvious way. */
    private static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "tab\there", "new\nline", "carriage\rreturn", "back\\slash", "\\N is text here",
            "ünïcödé", "中文 and ελληνικά", "emoji 🙂 and 👩‍🔬", "control \u0001 \u001f \u007f", "v1:AbC+/=="})
    void textIsUtf8WithTheFourEscapesOfTheTextFormat(String value) {
        var rows = new CopyRows(8);

        rows.text(value);

        assertThat(written(rows)).isEqualTo(escaped(value));
    }

    @Test
    void aLoneSurrogateIsWrittenAsAQuestionMarkAsStringGetBytesDoes() {
        String value = "before \uD83D after \uDE42 end\uD83D";
        var rows = new CopyRows(8);

        rows.text(value);

        assertThat(Arrays.copyOf(rows.array(), rows.size())).isEqualTo(value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nullIsWrittenAsBackslashNAndTextThatSaysBackslashNIsEscaped() {
        var rows = new CopyRows(8);

        rows.text(null).tab().text("\\N").tab().uuid(null).endRow();

        assertThat(written(rows)).isEqualTo("\\N\t\\\\N\t\\N\n");
    }

    @Test
    void uuidsAreWrittenAsUuidToStringWritesThem() {
        var random = new Random(7);
        var rows = new CopyRows(16);
        var expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            var id = new UUID(random.nextLong(), random.nextLong());
            rows.uuid(id).tab();
            expected.append(id).append('\t');
        }
        rows.uuid(new UUID(0, 0)).uuid(new UUID(-1, -1));
        expected.append(new UUID(0, 0)).append(new UUID(-1, -1));

        assertThat(written(rows)).isEqualTo(expected.toString());
    }

    @Test
    void numbersAndRowsAreCountedAndTheArrayGrowsForARowLargerThanItsRoom() {
        var rows = new CopyRows(4);
        String big = "x".repeat(10_000);

        rows.number(-12).tab().number(Long.MAX_VALUE).endRow();
        rows.text(big).endRow();

        assertThat(written(rows)).isEqualTo("-12\t" + Long.MAX_VALUE + "\n" + big + "\n");
        assertThat(rows.rows()).isEqualTo(2);
    }

    @Test
    void resetStartsTheNextChunkOnAnArrayOfAnEarlierOne() {
        var rows = new CopyRows(64);
        rows.text("first chunk").endRow();
        byte[] earlier = rows.array();

        rows.reset(earlier);
        rows.text("second").endRow();

        assertThat(rows.array()).isSameAs(earlier);
        assertThat(written(rows)).isEqualTo("second\n");
        assertThat(rows.rows()).isEqualTo(1);
    }
}

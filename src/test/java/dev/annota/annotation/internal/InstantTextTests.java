package dev.annota.annotation.internal;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The export's text of a time is {@link Instant#toString()}'s, byte for byte. */
class InstantTextTests {

    @Test
    void everyInstantReadsAsInstantToStringWritesIt() {
        Random random = new Random(8601);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond() - 86_400 * 400L;
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() + 86_400 * 400L;
        for (int i = 0; i < 200_000; i++) {
            long seconds = i % 2 == 0 ? 1_700_000_000L + random.nextLong(400_000_000L) : min + random.nextLong(max - min);
            // Whole seconds, milli-, micro- and nanoseconds, and zero seconds of a minute.
            int nano = switch (i % 5) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                case 3 -> random.nextInt(1_000_000_000);
                default -> 1;
            };
            if (i % 7 == 0) {
                seconds -= Math.floorMod(seconds, 60);
            }
            Instant at = Instant.ofEpochSecond(seconds, nano);
            assertThat(InstantText.of(at)).isEqualTo(at.toString());
        }
        for (String text : new String[] {"1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "1969-12-31T23:59:59.100Z", "2026-12-07T11:20:00.000001Z"}) {
            Instant at = Instant.parse(text);
            assertThat(InstantText.of(at)).isEqualTo(at.toString()).isEqualTo(text);
        }
    }
}

package dev.annota.annotation.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()}'s text — ISO-8601 in UTC, seconds always, the fraction in groups of three digits and none
 * when zero — written by hand: the export writes one per answer, and the JDK's formatter (a print context, a
 * composite printer) was a twentieth of the export's CPU. Years 0–9999 only; others go through {@code toString}.
 * {@code InstantTextTests} compares the two.
 */
final class InstantText {

    private static final long SECONDS_A_DAY = 86_400;

    private InstantText() {
    }

    static String of(Instant at) {
        long seconds = at.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_A_DAY));
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return at.toString();
        }
        int ofDay = (int) Math.floorMod(seconds, SECONDS_A_DAY);
        int nano = at.getNano();
        byte[] text = new byte[31];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, ofDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, ofDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, ofDay % 60, 2);
        int end = 19;
        if (nano != 0) {
            text[end++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(text, end, nano / 1_000_000, 3);
                end += 3;
            } else if (nano % 1000 == 0) {
                digits(text, end, nano / 1000, 6);
                end += 6;
            } else {
                digits(text, end, nano, 9);
                end += 9;
            }
        }
        text[end++] = 'Z';
        return new String(text, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@code value}'s last {@code count} decimal digits, zero-padded, at {@code at}. */
    private static void digits(byte[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}

package dev.annota.workforce.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's profile as their own organization sees it. {@code timeZone} null and empty lists until they saved one;
 * {@code availability}: the hours of each weekday they are available, in their time zone.
 */
record Profile(UUID personId, String timeZone, Map<DayOfWeek, List<HourRange>> availability, List<String> skills,
               List<LanguageSkill> languages, List<Credential> credentials) {

    static Profile empty(UUID personId) {
        return new Profile(personId, null, Map.of(), List.of(), List.of(), List.of());
    }

    /** Hours {@code from} (0–23) up to {@code to} (1–24), from before to. */
    record HourRange(int from, int to) {
    }

    record LanguageSkill(String language, LanguageLevel level) {
    }

    /** {@code verified*} null until an admin or manager of the person's organization verified it. */
    record Credential(UUID id, String kind, String title, String issuer, Instant addedAt, UUID verifiedBy, LocalDate verifiedOn,
                      Instant verifiedAt, String verificationNote) {

        boolean verified() {
            return verifiedAt != null;
        }
    }
}

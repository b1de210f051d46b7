package dev.annota.workforce.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

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
    record HourRange(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "23",
                    description = "The first hour, 0 to 23") int from,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "24",
                    description = "The hour it ends, after from, at most 24 (9 to 17: 09:00 to 17:00)") int to) {
    }

    record LanguageSkill(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "pt-BR",
                    description = "A BCP 47 language tag such as ko, pt-BR or zh-Hant-TW") String language,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "CEFR level A1 to C2, or NATIVE") LanguageLevel level) {
    }

    /** {@code verified*} null until an admin or manager of the person's organization verified it. */
    record Credential(UUID id, String kind, String title, String issuer, Instant addedAt, UUID verifiedBy, LocalDate verifiedOn,
                      Instant verifiedAt, String verificationNote) {

        boolean verified() {
            return verifiedAt != null;
        }
    }
}

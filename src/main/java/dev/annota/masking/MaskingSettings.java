package dev.annota.masking;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a project masks (docs/trust.md): per text field of the item data, the detectors switched on; the region phone
 * numbers without a country code are read in; the lab's own patterns. No fields: nothing is masked.
 *
 * @param fields      each a path into the item data, segments separated by {@code /}, {@code *} for every element of
 *                    a list: {@code text}, {@code prompt}, {@code responses/*}, {@code responses/* /content},
 *                    {@code messages/* /content} (without the spaces)
 * @param phoneRegion ISO 3166 alpha-2 (US, DE, FR...); null: only numbers written with a + country code are found
 * @param patterns    the lab's own detectors; a field names one by its {@code name}
 */
public record MaskingSettings(List<Field> fields, @jakarta.validation.constraints.Size(max = 10) String phoneRegion, List<CustomPattern> patterns) {

    /** {@code detectors}: EMAIL, PHONE, CARD, IBAN, IP, SECRET or the name of one of the project's patterns. */
    public record Field(String path, List<String> detectors) {
    }

    /** A lab's own detector: {@code name} (A–Z, 0–9, _) is the placeholders' type; {@code regex} in RE2 syntax. */
    public record CustomPattern(@Schema(example = "EMPLOYEE_ID") String name, @Schema(example = "E-[0-9]{6}") String regex) {
    }

    public MaskingSettings {
        fields = fields == null ? List.of() : List.copyOf(fields);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
    }

    /** Nothing masked: the settings of a project that never set any. */
    public static MaskingSettings none() {
        return new MaskingSettings(List.of(), null, List.of());
    }
}

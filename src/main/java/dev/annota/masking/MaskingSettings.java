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
public record MaskingSettings(
        @Schema(description = "The item data's text fields to mask and the detectors switched on for each, up to 50, "
                + "each path once; empty or left out: nothing is masked") List<Field> fields,
        @Schema(description = "The region phone numbers without a + country code are read in: ISO 3166 alpha-2, upper "
                + "case (US, DE, FR); left out: only numbers written with + and a country code are found")
        @jakarta.validation.constraints.Size(max = 10) String phoneRegion,
        @Schema(description = "The lab's own detectors, up to 20, each named once; a field switches one on by its name")
        List<CustomPattern> patterns) {

    /** {@code detectors}: EMAIL, PHONE, CARD, IBAN, IP, SECRET or the name of one of the project's patterns. */
    public record Field(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "responses/*/content", description = "A path "
                    + "into the item data: property names, list indexes or * (every element), separated by /, at most 6 "
                    + "segments, e.g. text, prompt, messages/*/content") String path,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "At least one of EMAIL, PHONE, CARD, IBAN, "
                    + "IP, SECRET or the name of one of the patterns") List<String> detectors) {
    }

    /** A lab's own detector: {@code name} (A–Z, 0–9, _) is the placeholders' type; {@code regex} in RE2 syntax. */
    public record CustomPattern(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "EMPLOYEE_ID", description = "The detector's "
                    + "name and the masked text's placeholder type: A-Z, 0-9 and _, up to 32, starting with a letter, not "
                    + "a built-in detector's name") String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "E-[0-9]{6}", description = "What it finds: a "
                    + "regular expression in RE2 syntax (no back-references or look-arounds), 1 to 500 characters, not "
                    + "matching the empty text") String regex) {
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

package dev.annota.workforce.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import dev.annota.quality.GoldRecords.GoldRecord;

/**
 * Whether a person meets a project's requirements, and if not, the one line they are told. The first requirement
 * not met is named, in the order skills, languages, credentials, gold accuracy; nothing else of the project is told.
 */
final class Eligibility {

    private Eligibility() {
    }

    static Optional<String> refusal(Requirements required, ProfileFacts facts) {
        for (String skill : required.skills()) {
            if (!facts.skills().contains(skill)) {
                return Optional.of("This project requires the skill \u201c" + skill + "\u201d, which your profile does not list.");
            }
        }
        for (Requirements.Language language : required.languages()) {
            LanguageLevel level = facts.languages().get(language.language().toLowerCase(Locale.ROOT));
            if (level == null) {
                return Optional.of("This project requires " + language.language() + " at level " + language.minLevel()
                        + " or above, which your profile does not list.");
            }
            if (!level.atLeast(language.minLevel())) {
                return Optional.of("This project requires " + language.language() + " at level " + language.minLevel()
                        + " or above; your profile says " + level + ".");
            }
        }
        for (Requirements.Credential credential : required.credentials()) {
            boolean held = facts.verified().stream().anyMatch(c -> c.kind() == credential.kind()
                    && (credential.title() == null || credential.title().equalsIgnoreCase(c.title())));
            if (!held) {
                String what = credential.title() == null ? "a verified " + credential.kind().id()
                        : "a verified " + credential.kind().id() + " \u201c" + credential.title() + "\u201d";
                return Optional.of("This project requires " + what + ", which your profile does not have.");
            }
        }
        if (required.needsGold()) {
            GoldRecord gold = facts.gold() == null ? GoldRecord.NONE : facts.gold();
            int minAnswers = required.minGoldAnswers() == null ? 1 : required.minGoldAnswers();
            Double accuracy = gold.accuracy();
            if (gold.answered() < minAnswers || accuracy == null
                    || BigDecimal.valueOf(accuracy).compareTo(required.minGoldAccuracy()) < 0) {
                String have = gold.answered() == 0 ? "you have no gold answers there yet"
                        : "you have " + gold.answered() + " at " + percent(BigDecimal.valueOf(accuracy));
                return Optional.of("This project requires a gold accuracy of at least " + percent(required.minGoldAccuracy())
                        + " over " + minAnswers + " gold answer" + (minAnswers == 1 ? "" : "s")
                        + " on this customer's projects; " + have + ".");
            }
        }
        return Optional.empty();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}

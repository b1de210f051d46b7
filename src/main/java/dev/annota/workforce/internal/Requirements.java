package dev.annota.workforce.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's requirements of its annotators: skills (lower-case tags), languages with a minimum level, verified
 * credentials (a kind, and a title or null for any of that kind), and a minimum gold accuracy over at least
 * {@code minGoldAnswers} gold answers on the customer's projects (both null: none).
 */
record Requirements(List<String> skills, List<Language> languages, List<Credential> credentials, BigDecimal minGoldAccuracy,
                    Integer minGoldAnswers) {

    static final Requirements NONE = new Requirements(List.of(), List.of(), List.of(), null, null);

    record Language(String language, LanguageLevel minLevel) {
    }

    record Credential(CredentialKind kind, String title) {
    }

    Requirements {
        skills = List.copyOf(skills);
        languages = List.copyOf(languages);
        credentials = List.copyOf(credentials);
    }

    boolean none() {
        return skills.isEmpty() && languages.isEmpty() && credentials.isEmpty() && minGoldAccuracy == null;
    }

    boolean needsGold() {
        return minGoldAccuracy != null;
    }
}

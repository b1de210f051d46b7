package dev.annota.workforce.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.annota.quality.GoldRecords.GoldRecord;

/** What a project's requirements are judged against: a person's skills, languages, verified credentials, gold record. */
record ProfileFacts(Set<String> skills, Map<String, LanguageLevel> languages, List<Requirements.Credential> verified,
                    GoldRecord gold) {

    ProfileFacts {
        skills = Set.copyOf(skills);
        languages = Map.copyOf(languages);
        verified = List.copyOf(verified);
    }
}

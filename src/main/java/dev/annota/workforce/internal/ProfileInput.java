package dev.annota.workforce.internal;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.annota.failure.Failure;
import dev.annota.failure.Invalid;
import dev.annota.workforce.internal.Profile.HourRange;
import dev.annota.workforce.internal.Profile.LanguageSkill;

/** The rules of what a profile holds: normalized skills, BCP 47 languages, an IANA time zone, hour ranges. */
final class ProfileInput {

    static final int MAX_SKILLS = 50;
    static final int MAX_LANGUAGES = 20;

    private ProfileInput() {
    }

    /** Lower-case, inner whitespace collapsed, duplicates dropped; each 1 to 60 characters. */
    static List<String> skills(List<String> given, String field) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_SKILLS) {
            throw invalid(field, "List at most " + MAX_SKILLS + " skills.");
        }
        var out = new LinkedHashSet<String>();
        for (String s : given) {
            String skill = s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (skill.isEmpty() || skill.length() > 60) {
                throw invalid(field, "A skill is a tag of 1 to 60 characters, such as chemistry or korean legal.");
            }
            out.add(skill);
        }
        return List.copyOf(out);
    }

    /** A BCP 47 language tag in its canonical form (ko, pt-BR, zh-Hant-TW). */
    static String language(String tag, String field) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            throw invalid(field, "Name the language by its BCP 47 tag, such as ko or pt-BR.");
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                throw invalid(field, "Name the language by its BCP 47 tag, such as ko or pt-BR.");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw invalid(field, "\u201c" + tag.strip() + "\u201d is no BCP 47 language tag; use one such as ko or pt-BR.");
        }
    }

    static List<LanguageSkill> languages(List<LanguageSkill> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MAX_LANGUAGES) {
            throw invalid("languages", "List at most " + MAX_LANGUAGES + " languages.");
        }
        var out = new ArrayList<LanguageSkill>();
        var seen = new LinkedHashSet<String>();
        for (int i = 0; i < given.size(); i++) {
            LanguageSkill l = given.get(i);
            String field = "languages[" + i + "]";
            if (l == null || l.level() == null) {
                throw invalid(field + ".level", "Give each language a level: A1 to C2, or NATIVE.");
            }
            String tag = language(l.language(), field + ".language");
            if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                throw invalid(field + ".language", tag + " is listed twice.");
            }
            out.add(new LanguageSkill(tag, l.level()));
        }
        return out;
    }

    /** An IANA zone id (Europe/Berlin, Asia/Seoul, UTC); null: none given. */
    static String timeZone(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String zone = given.strip();
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw invalid("timeZone", "\u201c" + zone + "\u201d is no IANA time zone; use one such as Europe/Berlin or Asia/Seoul.");
        }
        return zone;
    }

    /** Each day's hour ranges, sorted; each from 0–23 to 1–24, not overlapping, at most 12 a day. */
    static Map<DayOfWeek, List<HourRange>> availability(Map<DayOfWeek, List<HourRange>> given) {
        var out = new EnumMap<DayOfWeek, List<HourRange>>(DayOfWeek.class);
        if (given == null) {
            return out;
        }
        for (var day : given.entrySet()) {
            if (day.getKey() == null || day.getValue() == null || day.getValue().isEmpty()) {
                continue;
            }
            String field = "availability." + day.getKey();
            if (day.getValue().size() > 12) {
                throw invalid(field, "At most 12 ranges a day.");
            }
            var ranges = new ArrayList<HourRange>();
            for (HourRange r : day.getValue()) {
                if (r == null || r.from() < 0 || r.to() > 24 || r.from() >= r.to()) {
                    throw invalid(field, "An hour range goes from an hour 0 to 23 up to a later hour, at most 24.");
                }
                ranges.add(r);
            }
            ranges.sort(Comparator.comparingInt(HourRange::from));
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i).from() < ranges.get(i - 1).to()) {
                    throw invalid(field, "The hour ranges of a day overlap.");
                }
            }
            out.put(day.getKey(), List.copyOf(ranges));
        }
        return out;
    }

    static Failure invalid(String field, String message) {
        return new Invalid("Invalid profile", message).with("field", field);
    }
}

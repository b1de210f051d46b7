package dev.annota.workforce.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.annota.workforce.internal.Profile.Credential;
import dev.annota.workforce.internal.Profile.HourRange;
import dev.annota.workforce.internal.Profile.LanguageSkill;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of profiles, always inside a tenant transaction: the person's organization's to write, the person's or an
 * engaging customer's to read (on PostgreSQL the profile tables admit the rows of the organizations the current
 * tenant engages; on H2 the callers name only such organizations).
 */
@Component
class ProfileStore {

    private static final TypeReference<Map<DayOfWeek, List<HourRange>>> AVAILABILITY = new TypeReference<>() {
    };
    private static final String CREDENTIALS = "id, person_id, kind, title, issuer, added_at, verified_by, verified_on, "
            + "verified_at, verification_note";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProfileStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Profile load(UUID org, UUID person) {
        return loadAll(org, List.of(person)).getOrDefault(person, Profile.empty(person));
    }

    /** The profiles of some people of one organization; a person without any row of theirs is absent. */
    Map<UUID, Profile> loadAll(UUID org, Collection<UUID> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        record Head(String timeZone, Map<DayOfWeek, List<HourRange>> availability) {
        }
        Map<UUID, Head> heads = new HashMap<>();
        jdbc.sql("select person_id, time_zone, availability from annotator_profiles where tenant_id = :org and person_id in (:people)")
                .param("org", org).param("people", people)
                .query((rs, n) -> heads.put(rs.getObject(1, UUID.class), new Head(rs.getString(2), availability(rs.getString(3)))))
                .list();
        Map<UUID, List<String>> skills = new HashMap<>();
        jdbc.sql("select person_id, skill from annotator_skills where tenant_id = :org and person_id in (:people) order by skill")
                .param("org", org).param("people", people)
                .query((rs, n) -> skills.computeIfAbsent(rs.getObject(1, UUID.class), p -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        Map<UUID, List<LanguageSkill>> languages = new HashMap<>();
        jdbc.sql("select person_id, language, level from annotator_languages where tenant_id = :org and person_id in (:people) order by language")
                .param("org", org).param("people", people)
                .query((rs, n) -> languages.computeIfAbsent(rs.getObject(1, UUID.class), p -> new ArrayList<>())
                        .add(new LanguageSkill(rs.getString(2), LanguageLevel.valueOf(rs.getString(3)))))
                .list();
        Map<UUID, List<Credential>> credentials = new HashMap<>();
        jdbc.sql("select " + CREDENTIALS + " from annotator_credentials where tenant_id = :org and person_id in (:people) order by added_at, id")
                .param("org", org).param("people", people)
                .query((rs, n) -> credentials.computeIfAbsent(rs.getObject(2, UUID.class), p -> new ArrayList<>()).add(credential(rs)))
                .list();
        Map<UUID, Profile> result = new HashMap<>();
        for (UUID person : people) {
            Head head = heads.get(person);
            if (head == null && !skills.containsKey(person) && !languages.containsKey(person) && !credentials.containsKey(person)) {
                continue;
            }
            result.put(person, new Profile(person, head == null ? null : head.timeZone(), head == null ? Map.of() : head.availability(),
                    skills.getOrDefault(person, List.of()), languages.getOrDefault(person, List.of()),
                    credentials.getOrDefault(person, List.of())));
        }
        return result;
    }

    /** Replaces the person's time zone, availability, skills and languages (credentials are kept). */
    void save(UUID org, UUID person, String timeZone, Map<DayOfWeek, List<HourRange>> availability, List<String> skills,
              List<LanguageSkill> languages, UUID by, Instant at) {
        String stored = json.writeValueAsString(new EnumMap<>(availability));
        int updated = jdbc.sql("""
                        update annotator_profiles set time_zone = ?, availability = ?, updated_by = ?, updated_at = ?
                        where tenant_id = ? and person_id = ?""")
                .params(timeZone, stored, by, Timestamp.from(at), org, person).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into annotator_profiles (tenant_id, person_id, time_zone, availability, updated_by, updated_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(org, person, timeZone, stored, by, Timestamp.from(at)).update();
        }
        jdbc.sql("delete from annotator_skills where tenant_id = ? and person_id = ?").params(org, person).update();
        for (String skill : skills) {
            jdbc.sql("insert into annotator_skills (tenant_id, person_id, skill) values (?, ?, ?)").params(org, person, skill).update();
        }
        jdbc.sql("delete from annotator_languages where tenant_id = ? and person_id = ?").params(org, person).update();
        for (LanguageSkill language : languages) {
            jdbc.sql("insert into annotator_languages (tenant_id, person_id, language, level) values (?, ?, ?, ?)")
                    .params(org, person, language.language(), language.level().name()).update();
        }
    }

    void addCredential(UUID org, UUID person, UUID id, CredentialKind kind, String title, String issuer, UUID by, Instant at) {
        jdbc.sql("""
                        insert into annotator_credentials (tenant_id, id, person_id, kind, title, issuer, added_by, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(org, id, person, kind.id(), title, issuer, by, Timestamp.from(at)).update();
    }

    Optional<Credential> credential(UUID org, UUID person, UUID id) {
        return jdbc.sql("select " + CREDENTIALS + " from annotator_credentials where tenant_id = ? and id = ? and person_id = ?")
                .params(org, id, person).query((rs, n) -> credential(rs)).optional();
    }

    int removeCredential(UUID org, UUID person, UUID id) {
        return jdbc.sql("delete from annotator_credentials where tenant_id = ? and id = ? and person_id = ?")
                .params(org, id, person).update();
    }

    /** Marks a credential verified (note and date) or, with {@code by} null, no longer verified. */
    void verify(UUID org, UUID id, UUID by, LocalDate on, Instant at, String note) {
        jdbc.sql("""
                        update annotator_credentials set verified_by = ?, verified_on = ?, verified_at = ?, verification_note = ?
                        where tenant_id = ? and id = ?""")
                .params(by, on == null ? null : Date.valueOf(on), at == null ? null : Timestamp.from(at), note, org, id)
                .update();
    }

    /** Whether the organization shows its people's names to the customers it works for (default: no). */
    boolean sharesIdentity(UUID org) {
        return jdbc.sql("select share_identity from workforce_settings where tenant_id = ?").param(org)
                .query(Boolean.class).optional().orElse(false);
    }

    void shareIdentity(UUID org, boolean share, UUID by, Instant at) {
        int updated = jdbc.sql("update workforce_settings set share_identity = ?, updated_by = ?, updated_at = ? where tenant_id = ?")
                .params(share, by, Timestamp.from(at), org).update();
        if (updated == 0) {
            jdbc.sql("insert into workforce_settings (tenant_id, share_identity, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(org, share, by, Timestamp.from(at)).update();
        }
    }

    private Map<DayOfWeek, List<HourRange>> availability(String stored) {
        return stored == null || stored.isBlank() ? Map.of() : json.readValue(stored, AVAILABILITY);
    }

    private static Credential credential(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date on = rs.getDate(8);
        Timestamp at = rs.getTimestamp(9);
        return new Credential(rs.getObject(1, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getObject(7, UUID.class), on == null ? null : on.toLocalDate(),
                at == null ? null : at.toInstant(), rs.getString(10));
    }
}

package dev.annota.workforce.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dev.annota.quality.GoldRecords.GoldRecord;
import dev.annota.tenancy.RoundTrip;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a project's requirements (inside the customer's tenant transaction), and the claim's one statement. */
@Component
record RequirementStore(JdbcClient jdbc) {

    /** Rows of project_requirements: kind, name, title ('' for none), level, minimum, min_count. */
    private static final String REQUIREMENTS = """
            select 'R', kind, name, title, level, minimum, min_count from project_requirements
            where tenant_id = ? and project_id = ?""";

    /**
     * The claim's one statement: the project's requirements and the annotator's profile facts (skills, languages,
     * verified credentials; rows of the annotator's organization, which the customer's transaction may read because it
     * engages that organization, or is it).
     */
    private static final String CLAIM = REQUIREMENTS + """

            union all select 'S', 'SKILL', skill, '', null, null, null from annotator_skills where tenant_id = ? and person_id = ?
            union all select 'L', 'LANGUAGE', language, '', level, null, null from annotator_languages
              where tenant_id = ? and person_id = ?
            union all select 'C', 'CREDENTIAL', kind, title, null, null, null from annotator_credentials
              where tenant_id = ? and person_id = ? and verified_at is not null""";

    /** What the claim judges, read on its round trip; the gold record is left out (read only for a gold requirement). */
    record Judged(Requirements requirements, ProfileFacts facts) {
    }

    Supplier<Judged> forClaim(RoundTrip trip, UUID tenant, UUID project, UUID personOrg, UUID person) {
        var rows = trip.query(CLAIM, (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getBigDecimal(6), (Integer) rs.getObject(7)), tenant, project, personOrg, person, personOrg, person,
                personOrg, person);
        return () -> judged(rows.get(), GoldRecord.NONE);
    }

    Requirements of(UUID tenant, UUID project) {
        var rows = jdbc.sql(REQUIREMENTS).params(tenant, project)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBigDecimal(6), (Integer) rs.getObject(7))).list();
        return judged(rows, GoldRecord.NONE).requirements();
    }

    void replace(UUID tenant, UUID project, Requirements r) {
        jdbc.sql("delete from project_requirements where tenant_id = ? and project_id = ?").params(tenant, project).update();
        String insert = """
                insert into project_requirements (tenant_id, project_id, kind, name, title, level, minimum, min_count)
                values (?, ?, ?, ?, ?, ?, ?, ?)""";
        for (String skill : r.skills()) {
            jdbc.sql(insert).params(tenant, project, "SKILL", skill, "", null, null, null).update();
        }
        for (Requirements.Language l : r.languages()) {
            jdbc.sql(insert).params(tenant, project, "LANGUAGE", l.language(), "", l.minLevel().name(), null, null).update();
        }
        for (Requirements.Credential c : r.credentials()) {
            jdbc.sql(insert).params(tenant, project, "CREDENTIAL", c.kind().id(), c.title() == null ? "" : c.title(), null, null, null)
                    .update();
        }
        if (r.minGoldAccuracy() != null) {
            jdbc.sql(insert).params(tenant, project, "GOLD", "accuracy", "", null, r.minGoldAccuracy(),
                    r.minGoldAnswers() == null ? 1 : r.minGoldAnswers()).update();
        }
    }

    int removeAll(UUID tenant, UUID project) {
        return jdbc.sql("delete from project_requirements where tenant_id = ? and project_id = ?").params(tenant, project).update();
    }

    private record Row(String source, String kind, String name, String title, String level, BigDecimal minimum, Integer minCount) {
    }

    private static Judged judged(List<Row> rows, GoldRecord gold) {
        var skills = new ArrayList<String>();
        var languages = new ArrayList<Requirements.Language>();
        var credentials = new ArrayList<Requirements.Credential>();
        BigDecimal minAccuracy = null;
        Integer minAnswers = null;
        var hasSkills = new HashSet<String>();
        var hasLanguages = new HashMap<String, LanguageLevel>();
        var hasCredentials = new ArrayList<Requirements.Credential>();
        for (Row row : rows) {
            switch (row.source()) {
                case "R" -> {
                    switch (row.kind()) {
                        case "SKILL" -> skills.add(row.name());
                        case "LANGUAGE" -> languages.add(new Requirements.Language(row.name(), LanguageLevel.valueOf(row.level())));
                        case "CREDENTIAL" -> credentials.add(new Requirements.Credential(CredentialKind.of(row.name()),
                                row.title() == null || row.title().isEmpty() ? null : row.title()));
                        case "GOLD" -> {
                            minAccuracy = row.minimum();
                            minAnswers = row.minCount();
                        }
                        default -> {
                            // a kind of a later version: not judged here
                        }
                    }
                }
                case "S" -> hasSkills.add(row.name());
                case "L" -> hasLanguages.put(row.name().toLowerCase(Locale.ROOT), LanguageLevel.valueOf(row.level()));
                case "C" -> hasCredentials.add(new Requirements.Credential(CredentialKind.of(row.name()), row.title()));
                default -> throw new IllegalStateException(row.source());
            }
        }
        skills.sort(null);
        return new Judged(new Requirements(skills, languages, credentials, minAccuracy, minAnswers),
                new ProfileFacts(hasSkills, hasLanguages, hasCredentials, gold));
    }
}

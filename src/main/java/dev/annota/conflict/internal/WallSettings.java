package dev.annota.conflict.internal;

import dev.annota.identity.Pseudonyms;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.annota.tenancy.Organizations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements behind the walls' administration (conflict classes, declared competitors, affiliations, excluded
 * affiliations, refusals). The caller opens the tenant transaction a tenant table needs; this class only runs the SQL.
 */
@Component
record WallSettings(JdbcClient jdbc, Organizations organizations) {

    // ---- conflict classes

    record ConflictClass(UUID id, String name, String description, boolean member) {
    }

    record ClassMember(UUID orgId, String name) {
    }

    List<ConflictClass> classes(UUID org) {
        return jdbc.sql("""
                        select c.id, c.name, c.description,
                               case when exists (select 1 from conflict_class_members m where m.class_id = c.id and m.org_id = ?) then 1 else 0 end
                        from conflict_classes c order by c.name""")
                .param(org)
                .query((rs, n) -> new ConflictClass(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4) == 1))
                .list();
    }

    void createClass(UUID id, String name, String description, UUID by, Instant at) {
        jdbc.sql("insert into conflict_classes (id, name, description, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(id, name, description, by, Timestamp.from(at)).update();
    }

    boolean classExists(UUID classId) {
        return jdbc.sql("select count(*) from conflict_classes where id = ?").param(classId).query(Integer.class).single() != 0;
    }

    List<ClassMember> members(UUID classId) {
        // The names are tenancy's: the members' ids here, their names (and name order) from Organizations.
        var ids = jdbc.sql("select org_id from conflict_class_members where class_id = ?").param(classId).query(UUID.class).list();
        return organizations.named(ids).stream().map(o -> new ClassMember(o.id(), o.name())).toList();
    }

    /** Puts the organization in the class unless it is in it; whether it was added. */
    boolean join(UUID classId, UUID orgId, UUID by, Instant at) {
        if (jdbc.sql("select count(*) from conflict_class_members where class_id = ? and org_id = ?").params(classId, orgId)
                .query(Integer.class).single() != 0) {
            return false;
        }
        jdbc.sql("insert into conflict_class_members (class_id, org_id, joined_by, joined_at) values (?, ?, ?, ?)")
                .params(classId, orgId, by, Timestamp.from(at)).update();
        return true;
    }

    /** Whether the organization was in the class. */
    boolean leave(UUID classId, UUID orgId) {
        return jdbc.sql("delete from conflict_class_members where class_id = ? and org_id = ?").params(classId, orgId).update() > 0;
    }

    // ---- declared competitors

    List<UUID> competitors(UUID org) {
        return jdbc.sql("select competitor_org_id from declared_conflicts where org_id = ? order by declared_at").param(org)
                .query(UUID.class).list();
    }

    /** Declares the competitor unless it is declared; whether it was added. */
    boolean declare(UUID org, UUID competitor, UUID by, Instant at) {
        if (jdbc.sql("select count(*) from declared_conflicts where org_id = ? and competitor_org_id = ?").params(org, competitor)
                .query(Integer.class).single() != 0) {
            return false;
        }
        jdbc.sql("insert into declared_conflicts (org_id, competitor_org_id, declared_by, declared_at) values (?, ?, ?, ?)")
                .params(org, competitor, by, Timestamp.from(at)).update();
        return true;
    }

    /** Whether the competitor was declared. */
    boolean withdraw(UUID org, UUID competitor) {
        return jdbc.sql("delete from declared_conflicts where org_id = ? and competitor_org_id = ?").params(org, competitor)
                .update() > 0;
    }

    // ---- affiliations (platform table, the user's own)

    record AffiliationView(UUID id, String employer, LocalDate startedOn, LocalDate endedOn) {
    }

    List<AffiliationView> affiliations(UUID user) {
        return jdbc.sql("select id, employer, started_on, ended_on from affiliations where user_id = ? order by declared_at")
                .param(user)
                .query((rs, n) -> new AffiliationView(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
                .list();
    }

    void declareAffiliation(UUID id, UUID user, String employer, LocalDate startedOn, LocalDate endedOn, Instant at) {
        jdbc.sql("""
                        insert into affiliations (id, user_id, employer, employer_key, started_on, ended_on, declared_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user, employer.strip(), WallRules.employerKey(employer),
                        WallStore.date(startedOn), WallStore.date(endedOn), Timestamp.from(at))
                .update();
    }

    /** Whether the user had that affiliation. */
    boolean removeAffiliation(UUID id, UUID user) {
        return jdbc.sql("delete from affiliations where id = ? and user_id = ?").params(id, user).update() != 0;
    }

    // ---- excluded affiliations (tenant table)

    /** Excludes the employer unless it is excluded; whether it was added. */
    boolean exclude(UUID tenant, String key, String employer, UUID by, Instant at) {
        if (jdbc.sql("select count(*) from excluded_affiliations where tenant_id = ? and employer_key = ?").params(tenant, key)
                .query(Integer.class).single() != 0) {
            return false;
        }
        jdbc.sql("insert into excluded_affiliations (tenant_id, employer_key, employer, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(tenant, key, employer, by, Timestamp.from(at)).update();
        return true;
    }

    /** Whether the employer was excluded. */
    boolean unexclude(UUID tenant, String key) {
        return jdbc.sql("delete from excluded_affiliations where tenant_id = ? and employer_key = ?")
                .params(tenant, key).update() > 0;
    }

    // ---- refusals (tenant table)

    /** {@code annotator}: the person's stable pseudonym in this customer's projects, which a manager can follow across reports. */
    record Refusal(UUID id, UUID annotatorId, String annotator, UUID annotatorOrgId, String rule, String explanation,
                   Instant exposureFirstSeen, Instant exposureLastSeen, Instant wallUntil, Instant refusedAt) {
    }

    /** The project's refusals, newest first. */
    List<Refusal> refusals(UUID tenant, UUID project, int limit) {
        return jdbc.sql("""
                        select id, annotator_id, annotator_org_id, rule, explanation, exposure_first_seen, exposure_last_seen,
                               wall_until, refused_at
                        from wall_refusals where tenant_id = ? and project_id = ? order by refused_at desc limit ?""")
                .params(tenant, project, limit)
                .query((rs, i) -> new Refusal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Pseudonyms.of(tenant, rs.getObject(2, UUID.class)), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), rs.getTimestamp(9).toInstant()))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

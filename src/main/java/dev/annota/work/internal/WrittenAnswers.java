package dev.annota.work.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.project.Project;
import dev.annota.work.Writing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The submitted leases of a project that carry writing aggregates, newest first: who wrote, for which vendor, and how
 * each free-text answer was written. Reads in the caller's tenant transaction.
 */
@Component
class WrittenAnswers {

    /** One submitted lease; {@code workforce}: the organization the annotator worked for (null on leases before V26). */
    record Written(UUID assignmentId, UUID itemId, UUID annotatorId, UUID workforce, int round, Instant at,
                   Map<String, Writing> questions) {
    }

    private static final TypeReference<LinkedHashMap<String, Writing>> PER_QUESTION = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WrittenAnswers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The project's, or with {@code item} one item's. */
    List<Written> of(Project p, UUID item) {
        return jdbc.sql("""
                        select id, item_id, annotator_id, workforce_org_id, round, ended_at, writing from assignments
                        where tenant_id = ? and project_id = ? and state = 'SUBMITTED' and writing is not null
                          and (cast(? as uuid) is null or item_id = ?)
                        order by ended_at desc, id""")
                .params(p.tenantId(), p.id(), item, item)
                .query((rs, n) -> new Written(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5),
                        rs.getTimestamp(6).toInstant(), json.readValue(rs.getString(7), PER_QUESTION)))
                .list();
    }
}

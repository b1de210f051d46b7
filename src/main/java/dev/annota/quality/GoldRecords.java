package dev.annota.quality;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Annotators' gold records for other modules (a project's requirements of its annotators, the lab's list of its
 * annotators): how many gold answers they gave and how many were right. Always inside the customer's tenant
 * transaction.
 */
@Service
public record GoldRecords(JdbcClient jdbc) {

    /** Gold answers given and right; the accuracy is {@code correct / answered}, none without answers. */
    public record GoldRecord(long answered, long correct) {

        public static final GoldRecord NONE = new GoldRecord(0, 0);

        public Double accuracy() {
            return answered == 0 ? null : (double) correct / answered;
        }
    }

    private static final String OF_ANNOTATOR = """
            select count(*), coalesce(sum(case when correct then 1 else 0 end), 0) from gold_results
            where tenant_id = ? and annotator_id = ?""";

    /**
     * The annotator's record over every project of the tenant (inside its transaction; one range of the index
     * gold_results_by_annotator).
     */
    public GoldRecord acrossProjects(UUID tenantId, UUID annotator) {
        return jdbc.sql(OF_ANNOTATOR).params(tenantId, annotator)
                .query((rs, n) -> new GoldRecord(rs.getLong(1), rs.getLong(2))).optional().orElse(GoldRecord.NONE);
    }

    /** The records of some annotators on one project (inside the tenant's transaction); absent: no gold answer yet. */
    public Map<UUID, GoldRecord> onProject(UUID tenantId, UUID projectId, Collection<UUID> annotators) {
        if (annotators.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select annotator_id, count(*), sum(case when correct then 1 else 0 end) from gold_results
                        where tenant_id = :tenant and project_id = :project and annotator_id in (:annotators)
                        group by annotator_id""")
                .param("tenant", tenantId).param("project", projectId).param("annotators", annotators)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new GoldRecord(rs.getLong(2), rs.getLong(3))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

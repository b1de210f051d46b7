package dev.annota.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The annotator list's and the dashboard's answer counts come from running totals per annotator (annotation_counts,
 * V43) that a trigger on annotations keeps: they equal counts over the answers after single and bulk inserts, imported
 * answers and deletions. On H2 here (the Java row trigger), on PostgreSQL in AnnotationCountsPostgresTests.
 */
@ApiTest
class AnnotationCountsTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AnswerFigures figures;
    @Autowired
    TenantScope scope;
    @Autowired
    JdbcClient jdbc;

    private void answer(UUID lab, UUID project, UUID annotator, String source, int times) {
        scope.write(lab, () -> {
            for (int i = 0; i < times; i++) {
                jdbc.sql("""
                        insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version,
                                                 answer, created_at, source)
                        values (?, ?, ?, ?, ?, ?, 1, '{"label":"a"}', current_timestamp, ?)""")
                        .params(lab, UUID.randomUUID(), project, UUID.randomUUID(), UUID.randomUUID(), annotator, source).update();
            }
        });
    }

    private long counted(UUID lab, UUID project, String where) {
        return scope.read(lab, () -> jdbc.sql("select count(*) from annotations where tenant_id = ? and project_id = ? " + where)
                .params(lab, project).query(Long.class).single());
    }

    @Test
    void theKeptCountsEqualCountsOverTheAnswersAfterInsertsImportsAndDeletions() {
        var setup = fixtures.labProject("Answer counts lab", 1, 0);
        UUID lab = setup.lab().id();
        UUID project = setup.project().id();
        UUID ann = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        answer(lab, project, ann, null, 3);
        answer(lab, project, bob, null, 2);
        answer(lab, project, bob, "label-studio", 4);
        answer(lab, UUID.randomUUID(), ann, null, 1); // another project of the lab
        // Several answers in one statement, as a transfer writes them.
        scope.write(lab, () -> jdbc.sql("""
                insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version, answer, created_at)
                values (?, ?, ?, ?, ?, ?, 1, 'x', current_timestamp), (?, ?, ?, ?, ?, ?, 1, 'x', current_timestamp),
                       (?, ?, ?, ?, ?, ?, 1, 'x', current_timestamp)""")
                .params(lab, UUID.randomUUID(), project, UUID.randomUUID(), UUID.randomUUID(), ann,
                        lab, UUID.randomUUID(), project, UUID.randomUUID(), UUID.randomUUID(), ann,
                        lab, UUID.randomUUID(), project, UUID.randomUUID(), UUID.randomUUID(), ann).update());

        var totals = scope.read(lab, () -> figures.totals(lab, project));
        assertThat(totals).isEqualTo(new AnswerFigures.Totals(counted(lab, project, ""), counted(lab, project, "and source is not null")))
                .isEqualTo(new AnswerFigures.Totals(12, 4));
        assertThat(scope.read(lab, () -> figures.count(lab, project, ann))).isEqualTo(6);
        assertThat(scope.read(lab, () -> figures.annotators(lab, project))).containsExactlyInAnyOrder(ann, bob);

        scope.write(lab, () -> jdbc.sql("delete from annotations where tenant_id = ? and project_id = ? and annotator_id = ?")
                .params(lab, project, bob).update());
        assertThat(scope.read(lab, () -> figures.totals(lab, project))).isEqualTo(new AnswerFigures.Totals(6, 0));
        assertThat(scope.read(lab, () -> figures.annotators(lab, project))).containsExactly(ann);
    }
}

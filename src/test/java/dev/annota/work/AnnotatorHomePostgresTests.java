package dev.annota.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.Fixtures;
import dev.annota.testing.OnSharedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** The home's count of open tasks and the claim across projects on PostgreSQL, under row-level security. */
@OnSharedPostgres
@SpringBootTest
@Import(Fixtures.class)
class AnnotatorHomePostgresTests {

    @Autowired Fixtures fixtures;
    @Autowired WorkQueue queue;
    @Autowired JsonMapper json;

    @Test
    void theOpenTasksCountALeaseHeldAndDropWithEachAnswer() {
        var setup = fixtures.labProject("PG home lab", 2, 3);
        Organization lab = setup.lab();
        Organization vendor = fixtures.organization(OrganizationKind.WORKFORCE, "PG home vendor");
        Project p = setup.project();
        CurrentUser annotator = fixtures.user(lab, Role.ANNOTATOR);
        CurrentUser other = fixtures.user(lab, Role.ANNOTATOR);

        assertThat(queue.overview(annotator)).singleElement().satisfies(w -> assertThat(w.openTasks()).isEqualTo(3));
        Task held = queue.nextAcrossProjects(annotator).orElseThrow();
        assertThat(held.projectId()).isEqualTo(p.id());
        assertThat(queue.overview(annotator).getFirst().openTasks()).isEqualTo(3);
        // Another annotator's lease takes nothing from them (overlap 2).
        queue.nextAcrossProjects(other).orElseThrow();
        assertThat(queue.overview(annotator).getFirst().openTasks()).isEqualTo(3);
        queue.submit(fixtures.access(p, annotator), held.assignmentId(), json.readTree("{\"label\":\"a\"}"), null);
        assertThat(queue.overview(annotator).getFirst().openTasks()).isEqualTo(2);
        assertThat(queue.overview(fixtures.user(vendor, Role.ANNOTATOR))).isEmpty();
    }
}

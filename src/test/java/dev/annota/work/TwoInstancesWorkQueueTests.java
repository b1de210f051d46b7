package dev.annota.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Projects;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.tenancy.TenantScope;
import dev.annota.testing.Fixtures;
import dev.annota.testing.PostgresDatabase;
import dev.annota.testing.PostgresTest;
import dev.annota.testing.RunningApplication;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two running applications on one PostgreSQL database, as two instances behind a load balancer: annotators claim
 * and submit concurrently through both (each annotator's calls alternate between the instances, so a task claimed on
 * one is submitted on the other), and the queue's invariants hold. Nothing an instance keeps in memory is needed by
 * the other.
 */
@PostgresTest
class TwoInstancesWorkQueueTests {

    private static final int ANNOTATORS = 60;
    private static final int ITEMS = 200;
    private static final int OVERLAP = 3;

    @Test
    void annotatorsClaimingThroughTwoInstancesOnOneDatabaseKeepEveryInvariant() throws Exception {
        PostgresDatabase db = PostgresDatabase.create();
        try (var first = RunningApplication.on(db); var second = RunningApplication.on(db)) {
            Fixtures fixtures = first.getBean(Fixtures.class);
            Organization customer = fixtures.organization(OrganizationKind.CUSTOMER, "Two instances customer");
            CurrentUser manager = fixtures.user(customer, Role.MANAGER);
            var project = fixtures.project(manager, OVERLAP, 600);
            fixtures.items(project, manager, ITEMS);
            var annotators = new ArrayList<CurrentUser>();
            for (int i = 0; i < ANNOTATORS; i++) {
                annotators.add(new CurrentUser(UUID.randomUUID(), customer.id(), customer.kind(), "annotator-" + i + "@test.example",
                        "Annotator " + i, Set.of(Role.ANNOTATOR)));
            }

            var result = ConcurrentLabeling.run(List.of(instance(first), instance(second)), project.id(), annotators,
                    ITEMS + 1, first.getBean(JsonMapper.class));

            System.out.printf("[%s] 2 instances, %d annotators, %d items, overlap %d: %d submits by %d annotators in %d ms%n",
                    getClass().getSimpleName(), ANNOTATORS, ITEMS, OVERLAP, result.submits(), result.labellers(), result.took().toMillis());
            ConcurrentLabeling.assertInvariants(result, project, ITEMS, second.getBean(TenantScope.class),
                    second.getBean(JdbcClient.class));
        } finally {
            db.drop();
        }
    }

    private static ConcurrentLabeling.Instance instance(ConfigurableApplicationContext context) {
        return new ConcurrentLabeling.Instance(context.getBean(Projects.class), context.getBean(WorkQueue.class));
    }
}

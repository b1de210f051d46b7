package dev.annota.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.annota.identity.CurrentUser;
import dev.annota.project.Project;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many annotators labelling one project at once, each looping claim → submit until the queue has nothing left for
 * them, spread over one or more application instances (each call goes to the next instance, so an annotator's claim
 * and submit land on different instances). Then checks the queue's invariants in the database. Each annotator has a
 * platform thread of its own: the operating system time-slices them, so all of them interleave even on in-memory H2,
 * where virtual threads that never block on I/O would let a few annotators run ahead and do most of the work.
 */
public final class ConcurrentLabeling {

    /** One running application: the facades an annotator's requests reach. */
    public record Instance(Projects projects, WorkQueue queue) {
    }

    public record Labeled(UUID annotator, UUID item) {
    }

    public record Result(int annotators, int submits, List<Labeled> labeled, List<Throwable> failures, Duration took) {

        /** How many annotators got at least one task (for the log; scheduling decides it, the queue does not). */
        public long labellers() {
            return labeled.stream().map(Labeled::annotator).distinct().count();
        }
    }

    private static final List<String> LABELS = List.of("a", "b", "c");

    private ConcurrentLabeling() {
    }

    public static Result run(List<Instance> instances, UUID projectId, List<CurrentUser> annotators, int maxTasksEach,
                      JsonMapper json) throws InterruptedException {
        var labeled = new ConcurrentLinkedQueue<Labeled>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var submits = new AtomicInteger();
        var start = new CountDownLatch(1);
        long began;
        try (var threads = Executors.newFixedThreadPool(annotators.size())) {
            for (int a = 0; a < annotators.size(); a++) {
                CurrentUser annotator = annotators.get(a);
                int first = a;
                threads.submit(() -> {
                    try {
                        start.await();
                        int call = first;
                        for (int n = 0; n < maxTasksEach; n++) {
                            Instance claimVia = instances.get(call++ % instances.size());
                            var task = claimVia.queue().next(claimVia.projects().access(annotator, projectId));
                            if (task.isEmpty()) {
                                return;
                            }
                            Instance submitVia = instances.get(call++ % instances.size());
                            var answer = json.readTree("{\"label\":\"" + LABELS.get(n % LABELS.size()) + "\"}");
                            var submission = submitVia.queue().submit(submitVia.projects().access(annotator, projectId),
                                    task.get().assignmentId(), answer, UUID.randomUUID().toString());
                            if (!submission.replayed()) {
                                submits.incrementAndGet();
                                labeled.add(new Labeled(annotator.id(), submission.itemId()));
                            }
                        }
                        failures.add(new AssertionError(annotator.id() + " still got tasks after " + maxTasksEach));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
            }
            began = System.nanoTime();
            start.countDown();
            threads.shutdown();
            if (!threads.awaitTermination(90, TimeUnit.SECONDS)) {
                failures.add(new AssertionError("annotators still running after 90 s"));
                threads.shutdownNow();
            }
        }
        return new Result(annotators.size(), submits.get(), List.copyOf(labeled), List.copyOf(failures),
                Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * Every item labelled by exactly {@code overlap} distinct annotators, nothing duplicated, nothing lost (each
     * successful submit is one stored row and every stored row was a successful submit), every item DONE, no lease left.
     */
    public static void assertInvariants(Result result, Project project, int items, TenantScope tenants, JdbcClient jdbc) {
        assertThat(result.failures()).as("failures of annotator threads").isEmpty();
        int expected = items * project.overlap();
        UUID tenant = project.tenantId();
        tenants.read(tenant, () -> {
            assertThat(result.submits()).as("successful submits").isEqualTo(expected);
            assertThat(count(jdbc, "select count(*) from annotations where tenant_id = ? and project_id = ?", project))
                    .as("annotation rows").isEqualTo(expected);
            assertThat(count(jdbc, """
                    select count(*) from (select item_id from annotations where tenant_id = ? and project_id = ?
                                          group by item_id having count(*) = %1$d and count(distinct annotator_id) = %1$d) x"""
                    .formatted(project.overlap()), project))
                    .as("items with exactly %d annotations by %d distinct annotators", project.overlap(), project.overlap())
                    .isEqualTo(items);
            assertThat(count(jdbc, """
                    select count(*) from (select annotator_id, item_id from annotations where tenant_id = ? and project_id = ?
                                          group by annotator_id, item_id having count(*) > 1) x""", project))
                    .as("duplicate (annotator, item) annotations").isZero();
            assertThat(count(jdbc, "select count(*) from items where tenant_id = ? and project_id = ? and state = 'DONE' "
                    + "and done_count = " + project.overlap() + " and open_slots = 0", project))
                    .as("items DONE").isEqualTo(items);
            assertThat(count(jdbc, "select count(*) from assignments where tenant_id = ? and project_id = ? and state = 'LEASED'", project))
                    .as("leases left").isZero();
            Set<Labeled> stored = new HashSet<>(jdbc.sql("select annotator_id, item_id from annotations where tenant_id = ? and project_id = ?")
                    .params(tenant, project.id())
                    .query((rs, n) -> new Labeled(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list());
            assertThat(new HashSet<>(result.labeled())).as("what the submits answered is what is stored")
                    .hasSize(result.labeled().size()).isEqualTo(stored);
            return null;
        });
    }

    private static long count(JdbcClient jdbc, String sql, Project project) {
        return jdbc.sql(sql).params(project.tenantId(), project.id()).query(Long.class).single();
    }
}

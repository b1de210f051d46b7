package dev.annota.annotation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.annota.tenancy.TenantScope;
import dev.annota.testing.ApiTest;
import dev.annota.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's chart (answers per UTC hour over the last 7 days) comes from running totals per hour
 * (annotation_hours, V45) that a trigger on annotations keeps: each hour equals a count over the answers made in it,
 * after single and bulk inserts at many times, imported answers (not counted) and deletions. On H2 here (the Java row
 * trigger), on PostgreSQL in AnnotationHoursPostgresTests, where the inserts also run in a session time zone half an
 * hour off UTC.
 */
@ApiTest
class AnnotationHoursTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ItemBrowser browser;
    @Autowired
    TenantScope scope;
    @Autowired
    JdbcClient jdbc;

    /** Runs before the inserts in their transaction (PostgreSQL: another session time zone). */
    void inTheWritingSession() {
    }

    private void answer(UUID lab, UUID project, String source, Instant... times) {
        scope.write(lab, () -> {
            inTheWritingSession();
            for (Instant at : times) {
                jdbc.sql("""
                        insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version,
                                                 answer, created_at, source)
                        values (?, ?, ?, ?, ?, ?, 1, '{"label":"a"}', ?, ?)""")
                        .params(lab, UUID.randomUUID(), project, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                                Timestamp.from(at), source).update();
            }
        });
    }

    /** The chart's hours counted over the answers themselves, as the dashboard did before V45. */
    private List<Long> countedOverTheAnswers(UUID lab, UUID project, List<ItemBrowser.HourCount> hours) {
        var counted = new ArrayList<Long>();
        for (var hour : hours) {
            counted.add(scope.read(lab, () -> jdbc.sql("select count(*) from annotations where tenant_id = ? and project_id = ? "
                            + "and created_at >= ? and created_at < ? and source is null")
                    .params(lab, project, Timestamp.from(hour.hour()), Timestamp.from(hour.hour().plus(Duration.ofHours(1))))
                    .query(Long.class).single()));
        }
        return counted;
    }

    @Test
    void eachHourOfTheChartEqualsACountOverTheAnswersMadeInItAfterInsertsImportsAndDeletions() {
        var setup = fixtures.labProject("Answer hours lab", 1, 10);
        UUID lab = setup.lab().id();
        UUID project = setup.project().id();
        var access = fixtures.access(setup.project(), setup.manager());
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        // An hour's first and last instants, half past (a zone half an hour off UTC would cut there), days back, and
        // one before the chart's week (counted in the totals, not in the chart).
        answer(lab, project, null, hour, hour.plusMillis(1), hour.minusMillis(1), hour.minus(Duration.ofMinutes(30)),
                hour.minus(Duration.ofMinutes(90)), hour.minus(Duration.ofDays(3)), hour.minus(Duration.ofDays(6).plusHours(22)),
                hour.minus(Duration.ofDays(9)));
        answer(lab, project, "label-studio", hour, hour.minus(Duration.ofMinutes(30)));
        answer(lab, UUID.randomUUID(), null, hour); // another project of the lab
        // Several answers in one statement, as a transfer writes them, in two hours.
        scope.write(lab, () -> {
            inTheWritingSession();
            jdbc.sql("""
                    insert into annotations (tenant_id, id, project_id, item_id, assignment_id, annotator_id, schema_version, answer, created_at)
                    values (?, ?, ?, ?, ?, ?, 1, 'x', ?), (?, ?, ?, ?, ?, ?, 1, 'x', ?), (?, ?, ?, ?, ?, ?, 1, 'x', ?)""")
                    .params(lab, UUID.randomUUID(), project, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Timestamp.from(hour),
                            lab, UUID.randomUUID(), project, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Timestamp.from(hour),
                            lab, UUID.randomUUID(), project, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                            Timestamp.from(hour.minus(Duration.ofMinutes(61)))).update();
        });

        var stats = browser.stats(access);
        var perHour = stats.perHour().stream().map(ItemBrowser.HourCount::annotations).toList();
        assertThat(perHour).isEqualTo(countedOverTheAnswers(lab, project, stats.perHour()));
        assertThat(stats.perHour().getLast().hour()).isIn(hour, hour.plus(Duration.ofHours(1))); // the hour may turn
        assertThat(stats.annotationsLast7Days()).isEqualTo(perHour.stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
        assertThat(stats.annotations()).isEqualTo(13);

        scope.write(lab, () -> jdbc.sql("delete from annotations where tenant_id = ? and project_id = ? and created_at < ?")
                .params(lab, project, Timestamp.from(hour)).update());
        stats = browser.stats(access);
        perHour = stats.perHour().stream().map(ItemBrowser.HourCount::annotations).toList();
        assertThat(perHour).isEqualTo(countedOverTheAnswers(lab, project, stats.perHour()));
        assertThat(stats.annotationsLast7Days()).isEqualTo(4);
    }
}

package dev.annota.comparison.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.AnnotationReview.Status;
import dev.annota.annotation.Consensus;
import dev.annota.comparison.Amount;
import dev.annota.comparison.Figures;
import dev.annota.comparison.ComparisonPeriod;
import dev.annota.statistics.AggregationMethod;
import org.junit.jupiter.api.Test;

class ComparisonTallyTests {

    private static final LocalDate DAY1 = LocalDate.parse("2026-12-01");
    private static final LocalDate DAY2 = LocalDate.parse("2026-12-02");
    private final ComparisonPeriod period = new ComparisonPeriod(DAY1, DAY2);
    private final UUID vendorA = UUID.randomUUID();
    private final UUID vendorB = UUID.randomUUID();
    private final UUID ann = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID cid = UUID.randomUUID();
    private final Map<UUID, UUID> workforceOf = new HashMap<>(Map.of(ann, vendorA, bob, vendorA, cid, vendorB));
    private final List<ComparisonTally.Label> labels = new ArrayList<>();

    private ComparisonTally.Label label(UUID person, LocalDate day, Status review) {
        var l = new ComparisonTally.Label(UUID.randomUUID(), UUID.randomUUID(), person, workforceOf.get(person), day, review);
        labels.add(l);
        return l;
    }

    @Test
    void aWorkforcesFiguresCountOnlyItsOwnPeopleAndCostIsSharedOverTheLabelsThatStand() {
        label(ann, DAY1, Status.ACCEPTED);
        label(ann, DAY1, Status.CORRECTED);
        label(bob, DAY2, Status.REJECTED);
        label(bob, DAY2, Status.UNREVIEWED);
        label(bob, DAY2, Status.IN_REVIEW);
        label(cid, DAY2, Status.ACCEPTED);
        var gold = List.of(new ComparisonTally.Gold(ann, vendorA, DAY1, true), new ComparisonTally.Gold(bob, vendorA, DAY2, false),
                new ComparisonTally.Gold(ann, vendorA, DAY2, true), new ComparisonTally.Gold(cid, vendorB, DAY2, false));
        var compared = List.of(new ComparisonTally.Compared(ann, vendorA, true), new ComparisonTally.Compared(bob, vendorA, false),
                new ComparisonTally.Compared(cid, vendorB, true));
        var active = Map.of(ann, Map.of(DAY1, 60_000L, DAY2, 30_000L), bob, Map.of(DAY2, 60_000L),
                cid, Map.of(DAY2, 1_000L, DAY2.plusDays(1), 9_000_000L));
        var work = new ComparisonTally.Work(period, labels, gold, compared, active, workforceOf);

        Figures a = ComparisonTally.figures(work, ComparisonTally.Scope.workforce(work, vendorA),
                new Amount(new BigDecimal("10.00"), "EUR"));
        assertThat(a.labels()).isEqualTo(5);
        assertThat(a.labelsPerDay()).isEqualTo(2.5);
        assertThat(a.goldAnswered()).isEqualTo(3);
        assertThat(a.goldCorrect()).isEqualTo(2);
        assertThat(a.goldAccuracy()).isEqualTo(2.0 / 3);
        assertThat(a.comparedWithConsensus()).isEqualTo(2);
        assertThat(a.agreementWithConsensus()).isEqualTo(0.5);
        assertThat(a.reviewed()).as("accepted, corrected, rejected; not the one waiting").isEqualTo(3);
        assertThat(a.reviewAcceptance()).isEqualTo(2.0 / 3);
        assertThat(a.acceptedLabels()).as("accepted, corrected and never sampled").isEqualTo(3);
        assertThat(a.activeMillis()).isEqualTo(150_000L);
        assertThat(a.activeSecondsPerLabel()).isEqualTo(30.0);
        assertThat(a.cost()).isEqualTo(new Amount(new BigDecimal("10.00"), "EUR"));
        assertThat(a.costPerAcceptedLabel()).isEqualTo(new Amount(new BigDecimal("3.3333"), "EUR"));

        Figures b = ComparisonTally.figures(work, ComparisonTally.Scope.workforce(work, vendorB), null);
        assertThat(b.labels()).isOne();
        assertThat(b.goldAccuracy()).isZero();
        assertThat(b.activeMillis()).as("a day outside the period is not counted").isEqualTo(1_000L);
        assertThat(b.cost()).isNull();
        assertThat(b.costPerAcceptedLabel()).isNull();
    }

    @Test
    void withoutWorkOrMeasurementsTheFiguresAreUnknownNotZero() {
        var work = new ComparisonTally.Work(period, labels, List.of(), List.of(), null, workforceOf);
        Figures f = ComparisonTally.figures(work, ComparisonTally.Scope.workforce(work, vendorA), new Amount(BigDecimal.ONE, "EUR"));
        assertThat(f.labels()).isZero();
        assertThat(f.goldAccuracy()).isNull();
        assertThat(f.agreementWithConsensus()).isNull();
        assertThat(f.reviewAcceptance()).isNull();
        assertThat(f.activeMillis()).isNull();
        assertThat(f.activeSecondsPerLabel()).isNull();
        assertThat(f.costPerAcceptedLabel()).isNull();
        assertThat(ComparisonTally.hours(null)).isNull();
        assertThat(ComparisonTally.hours(5_400_000L)).isEqualTo(1.5);
    }

    @Test
    void theTrendHasARowPerDayOfThePeriodAndAFigurePerWorkforceOfTheView() {
        label(ann, DAY1, Status.ACCEPTED);
        label(cid, DAY2, Status.REJECTED);
        var gold = List.of(new ComparisonTally.Gold(cid, vendorB, DAY2, true));
        var work = new ComparisonTally.Work(period, labels, gold, List.of(), Map.of(cid, Map.of(DAY2, 5L)), workforceOf);
        var trend = ComparisonTally.trend(work, List.of(vendorA, vendorB), new ComparisonTally.Scope(p -> true));
        assertThat(trend).hasSize(2);
        assertThat(trend.get(0).day()).isEqualTo(DAY1);
        assertThat(trend.get(0).workforces().get(0).labels()).isOne();
        assertThat(trend.get(0).workforces().get(0).acceptedInReview()).isOne();
        assertThat(trend.get(0).workforces().get(1).labels()).isZero();
        var b2 = trend.get(1).workforces().get(1);
        assertThat(b2.workforceId()).isEqualTo(vendorB);
        assertThat(b2.labels()).isOne();
        assertThat(b2.reviewed()).isOne();
        assertThat(b2.acceptedInReview()).isZero();
        assertThat(b2.goldCorrect()).isOne();
        assertThat(b2.activeMillis()).isEqualTo(5L);
        assertThat(trend.get(1).workforces().get(0).activeMillis()).isZero();

        var onlyA = ComparisonTally.trend(work, List.of(vendorA), ComparisonTally.Scope.workforce(work, vendorA));
        assertThat(onlyA.get(1).workforces()).extracting(d -> d.workforceId()).containsExactly(vendorA);
    }

    @Test
    void theDistributionPutsEachPersonWithGoldAnswersInATenthOfAccuracy() {
        var gold = new ArrayList<ComparisonTally.Gold>();
        for (int i = 0; i < 4; i++) {
            gold.add(new ComparisonTally.Gold(ann, vendorA, DAY1, i < 3)); // 0.75
        }
        gold.add(new ComparisonTally.Gold(bob, vendorA, DAY1, true)); // 1.0: the last bin
        gold.add(new ComparisonTally.Gold(cid, vendorB, DAY1, false));
        var work = new ComparisonTally.Work(period, labels, gold, List.of(), null, workforceOf);
        var a = ComparisonTally.distribution(work, vendorA, new ComparisonTally.Scope(p -> true));
        assertThat(a.people()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 1L);
        var b = ComparisonTally.distribution(work, vendorB, new ComparisonTally.Scope(p -> true));
        assertThat(b.people().getFirst()).isOne();
    }

    @Test
    void onlyAnswersOfThePeriodOnItemsTwoPeopleAnsweredAreComparedWithTheConsensus() {
        UUID shared = UUID.randomUUID();
        UUID alone = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        labels.add(new ComparisonTally.Label(UUID.randomUUID(), shared, ann, vendorA, DAY1, Status.UNREVIEWED));
        labels.add(new ComparisonTally.Label(UUID.randomUUID(), shared, bob, vendorA, DAY1, Status.UNREVIEWED));
        labels.add(new ComparisonTally.Label(UUID.randomUUID(), shared, cid, vendorB, DAY1, Status.UNREVIEWED));
        labels.add(new ComparisonTally.Label(UUID.randomUUID(), alone, cid, vendorB, DAY1, Status.UNREVIEWED));
        // ann's answer on "old" was given before the period: it shapes the consensus but is not compared.
        labels.add(new ComparisonTally.Label(UUID.randomUUID(), old, cid, vendorB, DAY2, Status.UNREVIEWED));
        var votes = Map.of("label", List.of(new Consensus.Vote(shared, ann, "a"), new Consensus.Vote(shared, bob, "a"),
                new Consensus.Vote(shared, cid, "b"), new Consensus.Vote(alone, cid, "c"),
                new Consensus.Vote(old, ann, "a"), new Consensus.Vote(old, cid, "a")));
        var consensus = Consensus.aggregate(votes, AggregationMethod.byCode("mv"));
        var compared = ComparisonTally.compared(votes, consensus, ComparisonTally.byItemAndAnnotator(labels));
        assertThat(compared).containsExactlyInAnyOrder(new ComparisonTally.Compared(ann, vendorA, true),
                new ComparisonTally.Compared(bob, vendorA, true), new ComparisonTally.Compared(cid, vendorB, false),
                new ComparisonTally.Compared(cid, vendorB, true));
    }
}

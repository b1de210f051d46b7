package dev.annota.conflict.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.annota.conflict.internal.WallRules.Affiliation;
import dev.annota.conflict.internal.WallRules.Conflict;
import dev.annota.conflict.internal.WallRules.Exclusion;
import dev.annota.conflict.internal.WallRules.Exposure;
import dev.annota.conflict.internal.WallRules.Rule;
import org.junit.jupiter.api.Test;

/** The Brewer–Nash rules one by one, on the pure decision (no Spring, no database). */
class WallRulesTests {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    final UUID labA = UUID.randomUUID();
    final UUID labB = UUID.randomUUID();
    final UUID unrelated = UUID.randomUUID();
    final UUID vendor = UUID.randomUUID();
    static final Function<UUID, Optional<Duration>> FOREVER = t -> Optional.empty();

    Exposure sawA(Instant last) {
        return new Exposure(labA, last.minus(Duration.ofDays(3)), last);
    }

    @Test
    void anAnnotatorWhoSawNothingIsAdmitted() {
        var d = WallRules.decide(labB, vendor, List.of(), Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "labs")), FOREVER,
                List.of(), List.of(), NOW);
        assertThat(d.permitted()).isTrue();
    }

    @Test
    void exposureToAMemberOfTheSameConflictClassClosesTheWall() {
        var d = WallRules.decide(labB, vendor, List.of(sawA(NOW.minusSeconds(60))),
                Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "frontier labs")), FOREVER, List.of(), List.of(), NOW);
        assertThat(d.permitted()).isFalse();
        assertThat(d.rule()).isEqualTo(Rule.CONFLICT_CLASS);
        assertThat(d.explanation()).contains("frontier labs").contains("forever").doesNotContain(labA.toString());
        assertThat(d.wallUntil()).isNull();
    }

    @Test
    void exposureToADeclaredCompetitorClosesTheWall() {
        var d = WallRules.decide(labB, vendor, List.of(sawA(NOW.minusSeconds(60))),
                Map.of(labA, new Conflict(Rule.DECLARED_COMPETITOR, null)), FOREVER, List.of(), List.of(), NOW);
        assertThat(d.permitted()).isFalse();
        assertThat(d.rule()).isEqualTo(Rule.DECLARED_COMPETITOR);
    }

    @Test
    void exposureToACustomerThatDoesNotConflictLeavesTheWallOpen() {
        var d = WallRules.decide(labB, vendor, List.of(new Exposure(unrelated, NOW, NOW)),
                Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "labs")), FOREVER, List.of(), List.of(), NOW);
        assertThat(d.permitted()).isTrue();
    }

    @Test
    void exposureToTheSameCustomerNeverCloses() {
        var d = WallRules.decide(labA, vendor, List.of(sawA(NOW)), Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "labs")),
                FOREVER, List.of(), List.of(), NOW);
        assertThat(d.permitted()).isTrue();
    }

    @Test
    void theWallOpensAgainOnlyAfterTheCoolingOffPeriod() {
        Function<UUID, Optional<Duration>> thirtyDays = t -> Optional.of(Duration.ofDays(30));
        var conflicts = Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "labs"));
        var within = WallRules.decide(labB, vendor, List.of(sawA(NOW.minus(Duration.ofDays(29)))), conflicts, thirtyDays,
                List.of(), List.of(), NOW);
        assertThat(within.permitted()).isFalse();
        assertThat(within.wallUntil()).isEqualTo(NOW.minus(Duration.ofDays(29)).plus(Duration.ofDays(30)));
        var after = WallRules.decide(labB, vendor, List.of(sawA(NOW.minus(Duration.ofDays(31)))), conflicts, thirtyDays,
                List.of(), List.of(), NOW);
        assertThat(after.permitted()).isTrue();
    }

    @Test
    void theStricterCustomersCoolingOffHoldsAndForeverIsStrictest() {
        var conflicts = Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "labs"));
        var exposures = List.of(sawA(NOW.minus(Duration.ofDays(40))));
        // B asks 30 days, A (whose data was seen) asks 90: still walled after 40 days.
        Function<UUID, Optional<Duration>> mixed = t -> Optional.of(Duration.ofDays(t.equals(labA) ? 90 : 30));
        assertThat(WallRules.decide(labB, vendor, exposures, conflicts, mixed, List.of(), List.of(), NOW).permitted()).isFalse();
        // A set nothing (forever), B 30 days: forever.
        Function<UUID, Optional<Duration>> aForever = t -> t.equals(labA) ? Optional.empty() : Optional.of(Duration.ofDays(30));
        var d = WallRules.decide(labB, vendor, exposures, conflicts, aForever, List.of(), List.of(), NOW);
        assertThat(d.permitted()).isFalse();
        assertThat(d.wallUntil()).isNull();
    }

    @Test
    void aCurrentExcludedAffiliationClosesTheWallWhateverTheCase() {
        var affiliation = new Affiliation(WallRules.employerKey("  Rival   Labs Inc "), "Rival Labs Inc", LocalDate.of(2024, 1, 1), null);
        var d = WallRules.decide(labB, vendor, List.of(), Map.of(), FOREVER, List.of(affiliation),
                List.of(new Exclusion(WallRules.employerKey("rival labs inc"), "rival labs inc")), NOW);
        assertThat(d.permitted()).isFalse();
        assertThat(d.rule()).isEqualTo(Rule.EXCLUDED_AFFILIATION);
        assertThat(d.explanation()).contains("Rival Labs Inc");
    }

    @Test
    void anEndedExcludedAffiliationClosesForTheCoolingOffThenOpens() {
        var exclusion = List.of(new Exclusion("rival", "Rival"));
        Function<UUID, Optional<Duration>> days90 = t -> Optional.of(Duration.ofDays(90));
        var recent = new Affiliation("rival", "Rival", null, LocalDate.of(2026, 10, 1));
        var long_ago = new Affiliation("rival", "Rival", null, LocalDate.of(2025, 1, 1));
        assertThat(WallRules.decide(labB, vendor, List.of(), Map.of(), days90, List.of(recent), exclusion, NOW).permitted()).isFalse();
        assertThat(WallRules.decide(labB, vendor, List.of(), Map.of(), days90, List.of(long_ago), exclusion, NOW).permitted()).isTrue();
        // No cooling-off set: an excluded affiliation walls forever.
        assertThat(WallRules.decide(labB, vendor, List.of(), Map.of(), FOREVER, List.of(long_ago), exclusion, NOW).permitted()).isFalse();
    }

    @Test
    void anAffiliationNotExcludedLeavesTheWallOpen() {
        var d = WallRules.decide(labB, vendor, List.of(), Map.of(), FOREVER,
                List.of(new Affiliation("other co", "Other Co", null, null)), List.of(new Exclusion("rival", "Rival")), NOW);
        assertThat(d.permitted()).isTrue();
    }

    @Test
    void theCustomersOwnPeopleAreAlwaysAdmittedToItsProjects() {
        var d = WallRules.decide(labB, labB, List.of(sawA(NOW)), Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "labs")), FOREVER,
                List.of(new Affiliation("rival", "Rival", null, null)), List.of(new Exclusion("rival", "Rival")), NOW);
        assertThat(d.permitted()).isTrue();
    }

    @Test
    void aWallTheOtherCustomerDeclaredIsToldWithoutSayingSoOrWhenTheAnnotatorWorkedThere() {
        // Lab A declared lab B its competitor; B did not. B's managers see a refusal, not A's declaration.
        Function<UUID, Optional<Duration>> aThirtyDays = t -> t.equals(labA) ? Optional.of(Duration.ofDays(30)) : Optional.empty();
        var seen = sawA(NOW.minus(Duration.ofDays(5)));
        var d = WallRules.decide(labB, vendor, List.of(seen), Map.of(labA, new Conflict(Rule.ANOTHER_CUSTOMERS_WALL, null)),
                aThirtyDays, List.of(), List.of(), NOW);

        assertThat(d.permitted()).isFalse();
        assertThat(d.rule()).isEqualTo(Rule.ANOTHER_CUSTOMERS_WALL);
        assertThat(d.explanation()).contains("until further notice").doesNotContainIgnoringCase("competitor")
                .doesNotContain("declared").doesNotContain("forever").doesNotContain(labA.toString())
                .doesNotContain(day(seen.firstSeen())).doesNotContain(day(seen.lastSeen()));
        assertThat(d.firstSeen()).isNull();
        assertThat(d.lastSeen()).isNull();
        assertThat(d.wallUntil()).isNull();
    }

    @Test
    void theOtherCustomersLongerCoolingOffIsUntilFurtherNoticeWithoutItsDate() {
        // Both in a class; B set 30 days, A 90: after 40 days the wall stands by A's period, which B is not told.
        Function<UUID, Optional<Duration>> mixed = t -> Optional.of(Duration.ofDays(t.equals(labA) ? 90 : 30));
        var seen = sawA(NOW.minus(Duration.ofDays(40)));
        var d = WallRules.decide(labB, vendor, List.of(seen), Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "labs")), mixed,
                List.of(), List.of(), NOW);

        assertThat(d.permitted()).isFalse();
        assertThat(d.explanation()).contains("labs").endsWith("until further notice.")
                .doesNotContain(day(seen.lastSeen().plus(Duration.ofDays(90))));
        assertThat(d.wallUntil()).isNull();
        // A walls forever, B 30 days: not "forever" (A's), but until further notice.
        Function<UUID, Optional<Duration>> aForever = t -> t.equals(labA) ? Optional.empty() : Optional.of(Duration.ofDays(30));
        var forever = WallRules.decide(labB, vendor, List.of(seen), Map.of(labA, new Conflict(Rule.CONFLICT_CLASS, "labs")),
                aForever, List.of(), List.of(), NOW);
        assertThat(forever.explanation()).endsWith("until further notice.").doesNotContain("forever");
    }

    @Test
    void theCustomersOwnLongerCoolingOffIsToldWithItsDate() {
        Function<UUID, Optional<Duration>> mixed = t -> Optional.of(Duration.ofDays(t.equals(labA) ? 30 : 90));
        var seen = sawA(NOW.minus(Duration.ofDays(40)));
        var d = WallRules.decide(labB, vendor, List.of(seen), Map.of(labA, new Conflict(Rule.DECLARED_COMPETITOR, null)), mixed,
                List.of(), List.of(), NOW);

        assertThat(d.permitted()).isFalse();
        assertThat(d.wallUntil()).isEqualTo(seen.lastSeen().plus(Duration.ofDays(90)));
        assertThat(d.explanation()).contains("declared competitor of yours").endsWith("until " + day(d.wallUntil()) + ".");
    }

    private static String day(Instant at) {
        return at.toString().substring(0, 10);
    }
}

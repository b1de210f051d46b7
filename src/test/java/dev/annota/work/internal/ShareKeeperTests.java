package dev.annota.work.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import dev.annota.failure.Failure;
import dev.annota.project.ProjectShare;
import dev.annota.work.ShareRefused;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vendor-share rule without Spring: simulated claimers, every window of the served claims measured. */
class ShareKeeperTests {

    private static final UUID IN_HOUSE = UUID.randomUUID();
    private static final UUID VENDOR_A = UUID.randomUUID();
    private static final UUID VENDOR_B = UUID.randomUUID();

    private static final List<ProjectShare> FIFTY_THIRTY_TWENTY = List.of(share(IN_HOUSE, "50", null), share(VENDOR_A, "30", null),
            share(VENDOR_B, "20", null));

    @Test
    void threeWorkforcesOfDifferentSizesClaimingInRandomOrderStayWithinAFewPercentOfTheirSharesInEveryWindowOf200() {
        // 3 in-house annotators, 10 at vendor A, 6 at vendor B: the in-house people ask least, yet get half the work.
        var claimers = claimers(Map.of(IN_HOUSE, 3, VENDOR_A, 10, VENDOR_B, 6));
        var served = simulate(FIFTY_THIRTY_TWENTY, claimers, Set.of(IN_HOUSE, VENDOR_A, VENDOR_B), 6000, new Random(42));

        assertThat(served).hasSize(6000);
        // Exactly 200 (the rule's own window): within 2.5 points (ShareKeeper.TOLERANCE and one claim); longer windows hold
        // a shorter rest whose part is not bounded on its own, so they may stray a little further.
        assertEveryWindow(served, 200, Map.of(IN_HOUSE, 0.50, VENDOR_A, 0.30, VENDOR_B, 0.20), 0.025);
        for (int size : new int[] {250, 333, 1000}) {
            assertEveryWindow(served, size, Map.of(IN_HOUSE, 0.50, VENDOR_A, 0.30, VENDOR_B, 0.20), 0.04);
        }
    }

    @Test
    void manySeedsNeverLeaveAWindowOf200MoreThanTwoAndAHalfPercentOff() {
        for (long seed = 1; seed <= 20; seed++) {
            var claimers = claimers(Map.of(IN_HOUSE, 1 + (int) (seed % 5), VENDOR_A, 2 + (int) (seed % 7), VENDOR_B, 1 + (int) (seed % 3)));
            var served = simulate(FIFTY_THIRTY_TWENTY, claimers, Set.of(IN_HOUSE, VENDOR_A, VENDOR_B), 2000, new Random(seed));
            assertEveryWindow(served, 200, Map.of(IN_HOUSE, 0.50, VENDOR_A, 0.30, VENDOR_B, 0.20), 0.025);
        }
    }

    @Test
    void aWorkforceWithNobodyWorkingLeavesItsWorkToTheOthersInProportion() {
        // Vendor B has nobody working: in-house and A split the work 50:30, i.e. 62.5 % and 37.5 %.
        var claimers = claimers(Map.of(IN_HOUSE, 4, VENDOR_A, 4));
        var served = simulate(FIFTY_THIRTY_TWENTY, claimers, Set.of(IN_HOUSE, VENDOR_A), 3000, new Random(7));

        assertThat(served).doesNotContain(VENDOR_B);
        assertEveryWindow(served, 200, Map.of(IN_HOUSE, 0.625, VENDOR_A, 0.375), 0.025);
    }

    @Test
    void aLoneWorkforceGetsEveryTaskWhenNoOtherHasPeopleWorking() {
        var claimers = claimers(Map.of(VENDOR_B, 3));
        var served = simulate(FIFTY_THIRTY_TWENTY, claimers, Set.of(VENDOR_B), 500, new Random(3));

        assertThat(served).hasSize(500).containsOnly(VENDOR_B);
    }

    @Test
    void aWorkforceAtItsCapIsRefusedAndTheOthersShareItsWork() {
        var shares = List.of(share(IN_HOUSE, "50", null), share(VENDOR_A, "50", 100));
        var claimers = claimers(Map.of(IN_HOUSE, 2, VENDOR_A, 5));
        var served = simulate(shares, claimers, Set.of(IN_HOUSE, VENDOR_A), 1000, new Random(11));

        assertThat(served.stream().filter(VENDOR_A::equals).count()).isEqualTo(100);
        assertThatThrownBy(() -> ShareKeeper.judge(VENDOR_A, shares, Map.of(VENDOR_A, new ShareKeeper.Standing(0, true, 100),
                IN_HOUSE, new ShareKeeper.Standing(200, true, 900))))
                .isInstanceOf(ShareRefused.class)
                .hasMessageContaining("cap")
                .satisfies(e -> assertThat(((Failure) e).properties()).containsEntry("reason", "cap"));
    }

    @Test
    void aWorkforceAheadOfItsShareIsToldWhyWithItsOwnFiguresOnly() {
        var standings = Map.of(VENDOR_A, new ShareKeeper.Standing(80, true, 80), IN_HOUSE, new ShareKeeper.Standing(80, true, 80),
                VENDOR_B, new ShareKeeper.Standing(40, true, 40));

        assertThatThrownBy(() -> ShareKeeper.judge(VENDOR_A, FIFTY_THIRTY_TWENTY, standings))
                .isInstanceOf(ShareRefused.class)
                .hasMessage("Your organization has taken 40 % of this project's last 200 tasks against its share of 30 %, "
                        + "while others behind their share are working: try again in a few minutes, or another project.")
                .satisfies(e -> assertThat(((Failure) e).properties()).containsEntry("reason", "share"));
    }

    @Test
    void aProjectWithoutSharesRefusesNobody() {
        assertThatCode(() -> ShareKeeper.judge(VENDOR_A, List.of(), Map.of())).doesNotThrowAnyException();
    }

    @Test
    void aWorkforceWithoutAShareGetsOnlyWorkNobodyWithAShareIsThereToTake() {
        UUID other = UUID.randomUUID();
        var inHouseWorking = Map.of(IN_HOUSE, new ShareKeeper.Standing(10, true, 10), other, new ShareKeeper.Standing(0, true, 0));
        assertThatThrownBy(() -> ShareKeeper.judge(other, FIFTY_THIRTY_TWENTY, inHouseWorking)).isInstanceOf(ShareRefused.class);

        var nobodyWorking = Map.of(IN_HOUSE, new ShareKeeper.Standing(10, false, 10), other, new ShareKeeper.Standing(0, true, 0));
        assertThatCode(() -> ShareKeeper.judge(other, FIFTY_THIRTY_TWENTY, nobodyWorking)).doesNotThrowAnyException();
    }

    /**
     * Claims in random order by the given people until {@code wanted} were served, each judged on the figures the claim
     * statement would read: the last 200 served claims, who works, what each took.
     */
    private static List<UUID> simulate(List<ProjectShare> shares, List<UUID> claimers, Set<UUID> working, int wanted, Random random) {
        var served = new ArrayList<UUID>();
        var taken = new HashMap<UUID, Long>();
        int attempts = 0;
        while (served.size() < wanted) {
            assertThat(++attempts).as("the claims went on").isLessThan(wanted * 50);
            UUID claimer = claimers.get(random.nextInt(claimers.size()));
            var inWindow = new HashMap<UUID, Integer>();
            served.subList(Math.max(0, served.size() - ShareKeeper.WINDOW), served.size()).forEach(o -> inWindow.merge(o, 1, Integer::sum));
            var standings = new HashMap<UUID, ShareKeeper.Standing>();
            for (UUID org : List.of(IN_HOUSE, VENDOR_A, VENDOR_B)) {
                standings.put(org, new ShareKeeper.Standing(inWindow.getOrDefault(org, 0), working.contains(org), taken.getOrDefault(org, 0L)));
            }
            try {
                ShareKeeper.judge(claimer, shares, standings);
                served.add(claimer);
                taken.merge(claimer, 1L, Long::sum);
            } catch (ShareRefused refused) {
                // asks again later
            }
        }
        return served;
    }

    private static void assertEveryWindow(List<UUID> served, int size, Map<UUID, Double> expected, double within) {
        for (int start = 0; start + size <= served.size(); start++) {
            var window = served.subList(start, start + size);
            for (var e : expected.entrySet()) {
                double part = window.stream().filter(e.getKey()::equals).count() / (double) size;
                assertThat(part).as("share in the window of %d from claim %d", size, start).isCloseTo(e.getValue(),
                        org.assertj.core.data.Offset.offset(within));
            }
        }
    }

    private static List<UUID> claimers(Map<UUID, Integer> people) {
        var list = new ArrayList<UUID>();
        people.forEach((org, n) -> {
            for (int i = 0; i < n; i++) {
                list.add(org);
            }
        });
        list.sort(null);
        return list;
    }

    private static ProjectShare share(UUID org, String percent, Integer cap) {
        return new ProjectShare(org, new BigDecimal(percent), cap);
    }
}

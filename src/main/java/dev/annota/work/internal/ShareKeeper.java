package dev.annota.work.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.annota.project.ProjectShare;
import dev.annota.work.ShareRefused;

/**
 * Keeps each workforce near its share of a project's work (docs/workforce.md "Routing: vendor shares"). Judges one
 * claim from what the claim read on its first round trip: per workforce, how many of the project's last
 * {@link #WINDOW} non-gold claims it made, whether it has people working now, and how many tasks it took up to its
 * cap. Plain Java: the rule is tested without a database.
 * <p>
 * The workforces taking part are the claimer's and every other with a share that has people working and is not at
 * its cap; their targets are read relative to their sum, so the work of a workforce with nobody working is spread
 * over the others in proportion (spare work goes to whoever is there). A workforce below its share of the window is
 * always served; at or above it, it waits while another taking part is more than {@link #TOLERANCE} behind its own
 * share; more than the tolerance above, it waits while any other is behind at all; and it is refused once it reached
 * its cap. So in every window of 200 claims a workforce taking part stays within about the tolerance of its share (one
 * claim more or less: 1/200) whatever the number of its people. A workforce without a share row has target 0: it
 * gets only the work nobody with a share is there to take.
 */
final class ShareKeeper {

    /**
     * The claims the rule looks back on: the project's last 100 non-gold claims. Half the windows the shares are promised
     * over (every window of 200 claims or more, ShareKeeperTests): looking back on 100 keeps those within the same 2.5
     * points in the simulations, and halves what each claim reads.
     */
    static final int WINDOW = 100;

    /** How far from its share a workforce may drift (a fraction: 1 percentage point) before the others wait for it. */
    static final double TOLERANCE = 0.01;

    /** One workforce's figures: claims in the window, people working now, tasks taken (counted up to its cap). */
    record Standing(int inWindow, boolean working, long taken) {

        static final Standing NONE = new Standing(0, false, 0);
    }

    private ShareKeeper() {
    }

    /** Returns when the claim may go on; throws {@link ShareRefused} with the one line that says why otherwise. */
    static void judge(UUID claimer, List<ProjectShare> shares, Map<UUID, Standing> standings) {
        if (shares.isEmpty()) {
            return;
        }
        var own = shares.stream().filter(s -> s.workforceOrgId().equals(claimer)).findFirst();
        Standing mine = standings.getOrDefault(claimer, Standing.NONE);
        if (own.isPresent() && atCap(own.get(), mine)) {
            throw new ShareRefused("cap", "Your organization has taken the " + own.get().cap()
                    + " tasks its cap on this project allows: there is no more work for it here.");
        }
        Set<UUID> present = new HashSet<>();
        present.add(claimer);
        double sum = own.map(ShareKeeper::target).orElse(0.0);
        int window = mine.inWindow();
        for (ProjectShare s : shares) {
            Standing st = standings.getOrDefault(s.workforceOrgId(), Standing.NONE);
            if (!s.workforceOrgId().equals(claimer) && st.working() && !atCap(s, st)) {
                present.add(s.workforceOrgId());
                sum += target(s);
                window += st.inWindow();
            }
        }
        if (sum <= 0) {
            // Nobody with a share is there: spare work goes to whoever is.
            return;
        }
        double share = own.map(ShareKeeper::target).orElse(0.0) / sum;
        // The part taken so far, not the part with this claim: a workforce below its share is always served, so the
        // claims never all wait (with a short window, one claim more would put anyone above its share).
        double taken = window == 0 ? 0 : mine.inWindow() / (double) window;
        // A workforce without a share (target 0) gets nothing while one with a share is there: no tolerance for it.
        if (share > 0 && taken < share) {
            return;
        }
        // At or above its share, a workforce waits for any other more than the tolerance behind its own; more than
        // the tolerance above, for any other behind at all.
        double behindBy = share > 0 && taken <= share + TOLERANCE ? TOLERANCE : 0;
        final double total = sum;
        final int counted = window;
        boolean othersBehind = share == 0 || shares.stream()
                .filter(s -> present.contains(s.workforceOrgId()) && !s.workforceOrgId().equals(claimer))
                .anyMatch(s -> standings.getOrDefault(s.workforceOrgId(), Standing.NONE).inWindow() / (double) counted
                        < target(s) / total - behindBy);
        if (othersBehind) {
            throw new ShareRefused("share", "Your organization has taken " + percent(mine.inWindow() / (double) Math.max(counted, 1))
                    + " of this project's last " + counted + " tasks against its share of " + percent(share)
                    + ", while others behind their share are working: try again in a few minutes, or another project.");
        }
    }

    private static boolean atCap(ProjectShare share, Standing standing) {
        return share.cap() != null && standing.taken() >= share.cap();
    }

    private static double target(ProjectShare share) {
        return share.targetPercent().doubleValue() / 100.0;
    }

    private static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
    }
}

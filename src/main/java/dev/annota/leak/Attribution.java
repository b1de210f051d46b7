package dev.annota.leak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.audit.AuditEvent;
import dev.annota.audit.PayloadView;
import dev.annota.identity.Pseudonyms;
import dev.annota.item.LeakMarks;

/**
 * Names the views whose marks a text carries. A view is named on one whole code of its own, or, without one, on a cut
 * frame whose first {@link #PARTIAL_BITS} or more bits are its code's (with a thousand views, a 1 in 4 million chance
 * that some other view matches as well); fewer bits name nobody.
 */
public final class Attribution {

    /** Fewest matching bits of a cut frame that name a view without a whole code. */
    public static final int PARTIAL_BITS = 32;

    private Attribution() {
    }

    public static Trace of(UUID tenantId, LeakMarks.Found found, List<PayloadView> views) {
        Map<Long, List<PayloadView>> byCode = new HashMap<>();
        for (PayloadView v : views) {
            byCode.computeIfAbsent(LeakMarks.code(v.viewId()), c -> new ArrayList<>()).add(v);
        }
        Map<Long, Integer> whole = new HashMap<>();
        int unknown = 0;
        for (long code : found.codes()) {
            if (byCode.containsKey(code)) {
                whole.merge(code, 1, Integer::sum);
            } else {
                unknown++;
            }
        }
        var named = new ArrayList<Trace.View>();
        for (var entry : byCode.entrySet()) {
            long code = entry.getKey();
            int full = whole.getOrDefault(code, 0);
            int bits = found.partial().stream().filter(p -> p.of(code)).mapToInt(LeakMarks.Partial::length).max().orElse(0);
            if (full == 0 && bits < PARTIAL_BITS) {
                continue;
            }
            for (PayloadView v : entry.getValue()) {
                named.add(new Trace.View(v.viewId(), AuditEvent.PAYLOAD_REVIEW.equals(v.action()) ? "review" : "claim",
                        v.itemId(), Pseudonyms.of(tenantId, v.viewerId()), v.firstAt(), full, bits,
                        full > 0 ? "conclusive" : "partial"));
            }
        }
        named.sort(Comparator.comparingInt(Trace.View::fullCodes).thenComparingInt(Trace.View::partialBits).reversed()
                .thenComparing(Trace.View::viewedAt));
        return new Trace(found.codes().size(), found.partial().size(), unknown, named);
    }
}

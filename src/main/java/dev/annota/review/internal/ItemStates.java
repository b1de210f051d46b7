package dev.annota.review.internal;

import java.util.List;
import java.util.UUID;

import dev.annota.annotation.ItemReviewStatus;
import dev.annota.item.ItemRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where an item stands in review, from its reviews and its queue state. */
@Component
record ItemStates(JdbcClient jdbc, ItemRows items) implements ItemReviewStatus {

    /** One review of an item, as the state needs it: stage, state, rework (null unless rejected) and round. */
    record Row(UUID itemId, String stage, String state, String rework, int round) {
    }

    /**
     * In this order: a rework open → NEEDS_REWORK; a review waiting or leased → IN_REVIEW, then IN_QA; the item still
     * taking answers (OPEN, FULL) → LABELING; complete without reviews → LABELED; complete with the last decided review a
     * rejection whose chain is closed → REJECTED; otherwise ACCEPTED (accepted or corrected). Reviews in id order.
     */
    static Status state(List<Row> reviews, String itemState) {
        int round = reviews.stream().mapToInt(Row::round).max().orElse(1);
        if (reviews.stream().anyMatch(r -> "OPEN".equals(r.rework()))) {
            return new Status("NEEDS_REWORK", round);
        }
        for (String stage : List.of("REVIEW", "QA")) {
            if (reviews.stream().anyMatch(r -> r.stage().equals(stage) && (r.state().equals("WAITING") || r.state().equals("LEASED")))) {
                return new Status(stage.equals("QA") ? "IN_QA" : "IN_REVIEW", round);
            }
        }
        if (!"DONE".equals(itemState)) {
            return new Status("LABELING", round);
        }
        if (reviews.isEmpty()) {
            return new Status("LABELED", round);
        }
        return new Status("REJECTED".equals(reviews.getLast().state()) ? "REJECTED" : "ACCEPTED", round);
    }

    /** The project's reviews in id order, narrowed by {@code condition} (its parameters follow tenant and project). */
    private List<Row> rows(UUID tenantId, UUID projectId, String condition, Object... more) {
        var params = new java.util.ArrayList<Object>(List.of(tenantId, projectId));
        params.addAll(List.of(more));
        return jdbc.sql("select item_id, stage, state, rework, round from reviews where tenant_id = ? and project_id = ? "
                        + condition + " order by id")
                .params(params.toArray())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** Inside the caller's tenant transaction. */
    @Override
    public Status of(UUID tenantId, UUID projectId, UUID itemId) {
        String itemState = items.states(tenantId, projectId, List.of(itemId)).get(itemId);
        return state(rows(tenantId, projectId, "and item_id = ?", itemId), itemState);
    }

    /** Every reviewed item of a project with its state; inside the caller's tenant transaction. */
    java.util.Map<String, Long> countsOfReviewedItems(UUID tenantId, UUID projectId, UUID onlyOrg) {
        var rows = onlyOrg == null ? rows(tenantId, projectId, "") : rows(tenantId, projectId, "and annotator_org_id = ?", onlyOrg);
        var byItem = rows.stream().collect(java.util.stream.Collectors.groupingBy(Row::itemId, java.util.LinkedHashMap::new,
                java.util.stream.Collectors.toList()));
        var states = items.states(tenantId, projectId, byItem.keySet());
        var counts = new java.util.TreeMap<String, Long>();
        byItem.forEach((item, reviews) -> counts.merge(state(reviews, states.get(item)).state(), 1L, Long::sum));
        return counts;
    }
}

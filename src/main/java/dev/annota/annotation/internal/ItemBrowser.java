package dev.annota.annotation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.annota.annotation.Annotation;
import dev.annota.annotation.Annotations;
import dev.annota.failure.Invalid;
import dev.annota.failure.Invalid.Kind;
import dev.annota.failure.NotFound;
import dev.annota.identity.Users;
import dev.annota.item.ItemPayloads;
import dev.annota.item.ItemRows;
import dev.annota.item.PayloadViews;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manager's items browser, item view and dashboard figures.
 * <p>
 * Paging is keyset paging on the item id (UUIDv7, so id order is import order): a page is "the next {@code limit}
 * items after this id", a range scan on an index that costs the same on page 1 and on page 50,000 (never OFFSET,
 * which reads and throws away every row before the page). The state and annotator filters are part of that range
 * scan (indexes of V1 and V7). The label filter cannot be: answers are sealed per tenant at rest, so the database
 * cannot look inside them. It is applied in Java to the candidate rows, read through {@link Annotations} which opens
 * the answers; a page then scans a bounded number of candidates and may come back short, with a cursor to go on.
 */
@Component
record ItemBrowser(JdbcClient jdbc, TenantScope tenants, Annotations annotations, ItemRows items, PayloadViews views,
        ItemPayloads payloads, Users users, JsonMapper json, Clock clock,
        dev.annota.annotation.ItemReviewStatus reviewStatus, dev.annota.annotation.AnswerFigures figures) {

    static final int MAX_LIMIT = 200;
    /** How many candidate items one request may read when the label filter thins them out. */
    static final int MAX_SCANNED = 5000;
    static final int STATS_DAYS = 7;
    /** The cursor of page 1: below every item id. */
    static final UUID BEFORE_FIRST = new UUID(0, 0);

    /**
     * What to list. {@code question}/{@code value}: the item has an annotation whose answer's property
     * {@code question} equals {@code value} (a string, number or boolean compared by its text) or, for a list (a
     * multi-label choice), contains it. With an annotator as well, that annotator's annotation must match.
     * {@code text}: some string of the item's data contains it, ignoring case (the payloads are sealed, so the match runs
     * on the opened data, within the scan bound).
     */
    record Filter(String state, UUID annotator, String question, String value, String text) {

        Filter(String state, UUID annotator, String question, String value) {
            this(state, annotator, question, value, null);
        }

        Filter {
            if (state != null && !state.isBlank()) {
                state = state.strip().toUpperCase(java.util.Locale.ROOT);
                if (!Set.of("OPEN", "FULL", "DONE", "GOLD").contains(state)) {
                    throw new Invalid(Kind.MALFORMED, null, "state must be OPEN, FULL, DONE or GOLD, not '" + state + "'.").with("field", "state");
                }
            } else {
                state = null;
            }
            question = question == null || question.isBlank() ? null : question.strip();
            if ((question == null) != (value == null)) {
                throw new Invalid(Kind.MALFORMED, null, "Give both question and value to filter by label.");
            }
            text = text == null || text.isBlank() ? null : text.strip();
            if (text != null && text.length() > 200) {
                throw new Invalid(Kind.MALFORMED, null, "Search for at most 200 characters.").with("field", "text");
            }
        }

        boolean byLabel() {
            return question != null;
        }

        /** Whether some candidates may be left out, so a page may take several steps. */
        boolean narrows() {
            return question != null || text != null;
        }
    }

    /** {@code preview}: the first words of the item's text, or its image (see {@link ItemPreview}). */
    record ItemRow(UUID id, String externalId, String state, int annotations, int leased, int openSlots, ItemPreview preview) {

        ItemRow(UUID id, String externalId, String state, int annotations, int leased, int openSlots) {
            this(id, externalId, state, annotations, leased, openSlots, null);
        }

        ItemRow previewed(ItemPreview shown) {
            return new ItemRow(id, externalId, state, annotations, leased, openSlots, shown);
        }
    }

    /**
     * One page. {@code nextCursor}: pass it as {@code after} for the next page; null at the end. {@code scanned}: the
     * candidate items read, more than {@code items.size()} when the label filter skipped some.
     */
    record ItemPage(List<ItemRow> items, String nextCursor, int limit, int scanned) {
    }

    /**
     * The SQL of one keyset step: the next {@code limit} candidate items after a cursor, {@link #BEFORE_FIRST} for page
     * 1 (the annotator's walk takes no cursor on page 1: {@code afterCursor} false). Package-visible for the cost test.
     */
    static String pageQuery(Filter filter, boolean afterCursor) {
        var sql = new StringBuilder();
        if (filter.annotator() != null) {
            // Walk the annotator's annotations in item order (annotations_browse); one annotation per item and annotator.
            sql.append("select i.id, i.external_id, i.state, i.done_count, i.open_slots, i.payload from annotations a "
                    + "join items i on i.tenant_id = a.tenant_id and i.id = a.item_id "
                    + "where a.tenant_id = :tenant and a.project_id = :project and a.annotator_id = :annotator");
            if (afterCursor) {
                sql.append(" and a.item_id > :after");
            }
            if (filter.state() != null) {
                sql.append(" and i.state = :state");
            }
            // Ordered by the whole index key (the leading columns are fixed by the where clause, so the order is item
            // id order): H2 recognises a sorted index only so, and stops after the limit instead of sorting the range.
            sql.append(" order by a.tenant_id, a.project_id, a.annotator_id, a.item_id limit :limit");
        } else {
            sql.append("select i.id, i.external_id, i.state, i.done_count, i.open_slots, i.payload from items i "
                    + "where i.tenant_id = :tenant and i.project_id = :project");
            if (filter.state() != null) {
                sql.append(" and i.state = :state");
            }
            // Always bounded below (page 1 by BEFORE_FIRST), and twice: "i.id > :after" is the index range's start key;
            // the row comparison, which only items_browse and items_queue can use, keeps PostgreSQL off the primary key
            // (tenant_id, id). That key gives the same order once project and state are fixed, and the planner, which
            // takes the project's rows to be spread evenly over the tenant's, would walk it from the tenant's first
            // item, filtering out every item of the projects imported before this one: 100,000 of another project made
            // page 1 of a 10M-item project take 200 ms, a tenant of many projects would take seconds
            // (docs/benchmarks.md "Ten million items"; BrowsePostgresTests reads the plan).
            // The row comparison names the index's columns in its order: one that skips a column (project, id against
            // items_queue's project, state, id) makes PostgreSQL start the range at the project and read on through
            // every other state (34,000 buffers for a deep page of DONE items at 10M).
            sql.append(filter.state() != null ? " and i.id > :after and (i.project_id, i.state, i.id) > (:project, :state, :after)"
                    : " and i.id > :after and (i.project_id, i.id) > (:project, :after)");
            // As above: the full key of items_queue or items_browse, which is item id order under the where clause.
            sql.append(filter.state() != null ? " order by i.tenant_id, i.project_id, i.state, i.id limit :limit"
                    : " order by i.tenant_id, i.project_id, i.id limit :limit");
        }
        return sql.toString();
    }

    ItemPage page(ProjectAccess access, Filter filter, UUID after, int limit) {
        Projects.requireManage(access);
        Project p = access.project();
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        return tenants.read(p.tenantId(), () -> {
            var rows = new ArrayList<ItemRow>();
            var sealed = new java.util.HashMap<UUID, String>();
            UUID cursor = after;
            int scanned = 0;
            boolean more = true;
            // Without the label filter one step fills the page; with it, steps go on until the page is full or the
            // scan bound is reached (the cursor then says where to go on).
            while (rows.size() < size && scanned < MAX_SCANNED && more) {
                int step = filter.narrows() ? Math.min(Math.max(size * 4, 100), MAX_SCANNED - scanned) : size - rows.size();
                var statement = jdbc.sql(pageQuery(filter, cursor != null))
                        .param("tenant", p.tenantId()).param("project", p.id()).param("limit", step + 1);
                if (cursor != null || filter.annotator() == null) {
                    statement = statement.param("after", cursor != null ? cursor : BEFORE_FIRST);
                }
                if (filter.state() != null) {
                    statement = statement.param("state", filter.state());
                }
                if (filter.annotator() != null) {
                    statement = statement.param("annotator", filter.annotator());
                }
                List<ItemRow> batch = statement.query((rs, n) -> {
                    int done = rs.getInt(4);
                    int open = rs.getInt(5);
                    sealed.put(rs.getObject(1, UUID.class), rs.getString(6));
                    return new ItemRow(rs.getObject(1, UUID.class), payloads.openExternalId(p.tenantId(), p.id(), rs.getString(2)),
                            rs.getString(3), done,
                            Math.max(0, p.overlap() - done - open), open);
                }).list();
                more = batch.size() > step;
                if (more) {
                    batch = batch.subList(0, step);
                }
                batch = goldCounted(p, batch);
                if (batch.isEmpty()) {
                    break;
                }
                List<ItemRow> kept = filter.byLabel() ? matching(p, batch, filter) : batch;
                if (filter.text() != null) {
                    // Matched on the opened data in memory; only the matches are shown (and counted as shown below).
                    kept = kept.stream().filter(r -> ItemPreview.matches(
                            json.readTree(payloads.open(p.tenantId(), r.id(), sealed.get(r.id()))), filter.text())).toList();
                }
                for (ItemRow row : kept) {
                    if (rows.size() == size) {
                        break;
                    }
                    rows.add(row);
                    cursor = row.id();
                }
                if (rows.size() < size) {
                    cursor = batch.getLast().id(); // everything in this batch was looked at
                    scanned += batch.size();
                } else {
                    scanned += batch.indexOf(rows.getLast()) + 1;
                    more = more || batch.getLast() != rows.getLast();
                }
            }
            // The previews show part of each listed item's data: one access-log event for the page, counting its items.
            if (!rows.isEmpty()) {
                views.showPreviews(access.caller(), p.tenantId(), p.id(), rows.size());
            }
            var shown = rows.stream().map(r -> r.previewed(ItemPreview.of(
                    json.readTree(payloads.open(p.tenantId(), r.id(), sealed.get(r.id())))))).toList();
            return new ItemPage(shown, more && cursor != null ? cursor.toString() : null, size, scanned);
        });
    }

    /**
     * Gold items use no slots (state GOLD, open_slots and done_count stay 0), so the slot arithmetic would show every
     * gold item as fully "leased" with no annotations. Their row counts the answers given instead, and no leases.
     */
    private List<ItemRow> goldCounted(Project p, List<ItemRow> batch) {
        List<UUID> gold = batch.stream().filter(r -> GOLD.equals(r.state())).map(ItemRow::id).toList();
        if (gold.isEmpty()) {
            return batch;
        }
        Map<UUID, Integer> answered = new java.util.HashMap<>();
        jdbc.sql("select item_id, count(distinct annotator_id) from annotations where tenant_id = :tenant and project_id = :project "
                        + "and item_id in (:items) group by item_id")
                .param("tenant", p.tenantId()).param("project", p.id()).param("items", gold)
                .query((rs, n) -> answered.put(rs.getObject(1, UUID.class), rs.getInt(2))).list();
        return batch.stream().map(r -> GOLD.equals(r.state())
                ? new ItemRow(r.id(), r.externalId(), r.state(), answered.getOrDefault(r.id(), 0), 0, 0) : r).toList();
    }

    private static final String GOLD = "GOLD";

    private List<ItemRow> matching(Project p, List<ItemRow> batch, Filter filter) {
        var byItem = annotations.ofItems(p.tenantId(), p.id(), batch.stream().map(ItemRow::id).toList()).stream()
                .filter(a -> filter.annotator() == null || filter.annotator().equals(a.annotatorId()))
                .filter(a -> answers(a.answer(), filter.question(), filter.value()))
                .map(Annotation::itemId)
                .collect(Collectors.toSet());
        return batch.stream().filter(r -> byItem.contains(r.id())).toList();
    }

    /** Whether an answer's property {@code question} is {@code value}, or a list containing it. */
    static boolean answers(JsonNode answer, String question, String value) {
        JsonNode v = answer == null ? null : answer.get(question);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isArray()) {
            for (JsonNode e : v) {
                if (e.isValueNode() && value.equals(e.asString())) {
                    return true;
                }
            }
            return false;
        }
        return v.isValueNode() && value.equals(v.asString());
    }

    /**
     * {@code round}: 1 for ordinary work, 2 and on for a rework; {@code supersedes}: the rejected annotation a rework
     * replaces (kept as it was), or null. The item view lists an answer's versions by them.
     */
    record AnswerView(UUID annotationId, UUID annotatorId, String annotatorName, int schemaVersion, Integer guidelinesVersion,
                      JsonNode answer,
                      Instant createdAt, Boolean predictionChanged, JsonNode derived, int round, UUID supersedes) {
    }

    private record Rework(int round, UUID supersedes) {
    }

    /** {@code goldAnswer}: a gold item's known answer (null for every other item). */
    record ItemView(UUID id, String externalId, String state, int annotations, int leased, int openSlots,
                    Instant createdAt, JsonNode data, JsonNode predictions, JsonNode goldAnswer, List<AnswerView> answers,
                    dev.annota.annotation.ItemReviewStatus.Status review) {
    }

    /** One item with its payload (shown through {@link PayloadViews}: the access log records it) and every answer. */
    ItemView item(ProjectAccess access, UUID itemId) {
        Projects.requireManage(access);
        Project p = access.project();
        return tenants.read(p.tenantId(), () -> {
            var s = items.browsed(p.tenantId(), p.id(), itemId)
                    .orElseThrow(() -> new NotFound("No such item in this project."));
            String data = views.showBrowsed(access.caller(), p.tenantId(), p.id(), itemId, s.sealedPayload());
            String predictions = views.showLeasedPredictions(p.tenantId(), itemId, s.sealedPredictions());
            List<Annotation> stored = annotations.ofItems(p.tenantId(), p.id(), List.of(itemId));
            Map<UUID, String> names = users.displayNames(stored.stream().map(Annotation::annotatorId).collect(Collectors.toSet()));
            // The rework chain (issue 21) is not part of the Annotation record; read here, next to the answers it orders.
            Map<UUID, Rework> reworks = new java.util.HashMap<>();
            jdbc.sql("select id, round, supersedes from annotations where tenant_id = ? and project_id = ? and item_id = ?")
                    .params(p.tenantId(), p.id(), itemId)
                    .query((rs, n) -> reworks.put(rs.getObject(1, UUID.class), new Rework(rs.getInt(2), rs.getObject(3, UUID.class)))).list();
            var answers = stored.stream().map(a -> {
                Rework r = reworks.getOrDefault(a.id(), new Rework(1, null));
                return new AnswerView(a.id(), a.annotatorId(), names.getOrDefault(a.annotatorId(), "?"), a.schemaVersion(),
                        a.guidelinesVersion(), a.answer(), a.createdAt(), a.predictionChanged(), a.derived(), r.round(), r.supersedes());
            }).toList();
            boolean gold = GOLD.equals(s.state());
            // A gold item's counters are its answers, not slots (see goldCounted).
            int answered = gold ? (int) stored.stream().map(Annotation::annotatorId).distinct().count() : s.doneCount();
            int leased = gold ? 0 : Math.max(0, p.overlap() - s.doneCount() - s.openSlots());
            return new ItemView(itemId, payloads.openExternalId(p.tenantId(), p.id(), s.sealedExternalId()), s.state(), answered, leased, s.openSlots(),
                    s.createdAt(), json.readTree(data), predictions == null ? null : json.readTree(predictions),
                    s.sealedGoldAnswer() == null ? null : json.readTree(payloads.open(p.tenantId(), itemId, s.sealedGoldAnswer())), answers,
                    reviewStatus.of(p.tenantId(), p.id(), itemId));
        });
    }

    record HourCount(Instant hour, long annotations, double completion) {
    }

    /**
     * Dashboard figures. {@code perHour}: annotations stored in each of the last 7 × 24 hours (UTC hour starts) and
     * the completion at the end of that hour: annotations stored so far / (items × overlap), the share of all slots
     * filled (items imported later count from the start, so a new import lowers the whole line, as it should). Answers
     * imported with the items (Label Studio's) hold no slot: they count in {@code annotations}, not in the hours'
     * counts nor the completion.
     */
    record Stats(long items, long open, long full, long done, int overlap, long annotations, long annotationsLast7Days,
                 double completion, List<HourCount> perHour) {
    }

    Stats stats(ProjectAccess access) {
        Projects.requireManage(access);
        Project p = access.project();
        Instant now = Instant.now(clock);
        Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(STATS_DAYS * 24L - 1));
        return tenants.readFromReplica(p.tenantId(), () -> {
            Map<String, Long> byState = items.countsByState(p.tenantId(), p.id());
            long total = byState.values().stream().mapToLong(Long::longValue).sum();
            var totals = figures.totals(p.tenantId(), p.id());
            long annotationCount = totals.annotations();
            // Answers imported from another tool hold no slot (docs/formats.md): they are annotations, not completion.
            long imported = totals.imported();
            long filled = annotationCount - imported;
            // Kept per UTC hour by a trigger on annotations (annotation_hours, V45): at most 7 × 24 hours of up to 16
            // slots, whatever the number of answers. Hours are matched to the chart's by instant (hour_start is a UTC
            // hour start, as firstHour is).
            long[] counts = new long[STATS_DAYS * 24];
            jdbc.sql("select hour_start, sum(annotations) from annotation_hours where tenant_id = ? and project_id = ? "
                            + "and hour_start >= ? group by hour_start")
                    .params(p.tenantId(), p.id(), Timestamp.from(firstHour))
                    .query(rs -> {
                        long h = Duration.between(firstHour, rs.getTimestamp(1).toInstant()).toHours();
                        if (h >= 0 && h < counts.length) {
                            counts[(int) h] += rs.getLong(2);
                        }
                    });
            long recent = java.util.Arrays.stream(counts).sum();
            double slots = (double) total * p.overlap();
            var hours = new ArrayList<HourCount>(counts.length);
            long before = filled - recent;
            for (int h = 0; h < counts.length; h++) {
                before += counts[h];
                hours.add(new HourCount(firstHour.plus(Duration.ofHours(h)), counts[h], slots == 0 ? 0 : Math.min(1, before / slots)));
            }
            return new Stats(total, byState.getOrDefault("OPEN", 0L), byState.getOrDefault("FULL", 0L),
                    byState.getOrDefault("DONE", 0L), p.overlap(), annotationCount, recent,
                    slots == 0 ? 0 : Math.min(1, filled / slots), hours);
        });
    }
}

package dev.annota.annotation.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import dev.annota.crypto.Opener;
import dev.annota.item.ItemPayloads;
import dev.annota.project.Project;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks a project's answers for an export, item by item (rows of one item adjacent, oldest answer first), from a
 * database cursor: constant memory whatever the project's size. Only the answers the export holds reach the handler:
 * those its review filter keeps, made in its period, by its workforce's people. An item's data (and predictions,
 * when asked for) are opened once, when its first kept answer comes.
 */
final class AnswerRows {

    private static final String ROWS = """
            select i.id, i.external_id, i.payload, a.id, a.annotator_id, a.answer, a.schema_version, a.created_at, i.predictions
            from items i join annotations a on a.tenant_id = i.tenant_id and a.project_id = i.project_id and a.item_id = i.id
            where i.tenant_id = ? and i.project_id = ?
            order by i.id, a.created_at, a.id""";

    /** One kept answer; {@code predictions} null unless asked for (or the item has none). */
    record Row(UUID item, String externalId, JsonNode data, JsonNode predictions, UUID annotation, UUID annotator,
               Instant createdAt, int schemaVersion, JsonNode answer) {
    }

    /**
     * Which answers an export holds beside review: {@code [from, to)} of the answer's time, and {@code annotators}
     * (the workforce's people who answered on the project; null: everyone).
     */
    record Scope(Instant from, Instant to, Set<UUID> annotators) {

        static final Scope EVERYTHING = new Scope(null, null, null);

        boolean holds(UUID annotator, Instant at) {
            return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to))
                    && (annotators == null || annotators.contains(annotator));
        }
    }

    private final RowStream rows;
    private final JsonMapper json;
    private final AnswerCodec answers;

    AnswerRows(RowStream rows, JsonMapper json, AnswerCodec answers) {
        this.rows = rows;
        this.json = json;
        this.answers = answers;
    }

    /**
     * Walks the rows; {@code tally}: counts each annotation's review standing (once per export: a two-pass export
     * tallies in one); {@code withPredictions}: opens each item's predictions too; {@code walked} is told of every
     * row read, kept or not (an export job's progress).
     */
    void walk(Project p, ItemPayloads payloads, ReviewedAnswers.Reading reviewed, Scope scope, boolean tally,
              boolean withPredictions, Runnable walked, Consumer<Row> handler) {
        var last = new Object() {
            UUID item;
            JsonNode data;
            JsonNode predictions;
            String externalId;
        };
        // The keysets are looked up once for the whole walk, not once a value.
        Opener payload = payloads.opener(p.tenantId());
        Opener external = payloads.externalIdOpener(p.tenantId());
        Opener answer = answers.opener(p.tenantId());
        rows.query(ROWS, rs -> {
            walked.run();
            UUID item = rs.getObject(1, UUID.class);
            UUID annotation = rs.getObject(4, UUID.class);
            UUID annotator = rs.getObject(5, UUID.class);
            Instant at = rs.getTimestamp(8).toInstant();
            var verdict = reviewed.of(annotation, item);
            if (tally) {
                reviewed.tally(verdict);
            }
            if (!reviewed.holds(verdict) || !scope.holds(annotator, at)) {
                return;
            }
            if (!item.equals(last.item)) {
                last.item = item;
                last.data = json.readTree(payload.open(item, rs.getString(3)));
                String predicted = withPredictions ? rs.getString(9) : null;
                last.predictions = predicted == null ? null : json.readTree(payload.open(item, predicted));
                last.externalId = external.open(p.id(), rs.getString(2));
            }
            handler.accept(new Row(item, last.externalId, last.data, last.predictions, annotation, annotator, at,
                    rs.getInt(7), reviewed.answer(verdict, json.readTree(answer.open(annotation, rs.getString(6))))));
        }, p.tenantId(), p.id());
    }
}

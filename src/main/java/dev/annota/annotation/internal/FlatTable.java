package dev.annota.annotation.internal;

import java.util.ArrayList;
import java.util.List;

import dev.annota.schema.LabelSchema;
import dev.annota.schema.Rating;
import tools.jackson.databind.JsonNode;

/**
 * The table the csv and parquet exports share. Every answer: one row per answer — {@code item_id, external_id,
 * annotation_id, annotator_id, created_at, schema_version, data} and a column per question of the current schema
 * (ratings as whole numbers, texts and single choices as text, any other answer as its compact JSON). Consensus: one
 * row per item — {@code item_id, external_id, data, method} and per aggregated question its label and
 * {@code <question>_confidence}.
 */
record FlatTable(List<Column> columns, List<String> questions, boolean consensus) {

    enum Type { STRING, INTEGER, DECIMAL }

    record Column(String name, Type type) {
    }

    static FlatTable everyAnswer(LabelSchema schema) {
        var columns = new ArrayList<>(List.of(new Column("item_id", Type.STRING), new Column("external_id", Type.STRING),
                new Column("annotation_id", Type.STRING), new Column("annotator_id", Type.STRING),
                new Column("created_at", Type.STRING), new Column("schema_version", Type.INTEGER), new Column("data", Type.STRING)));
        var questions = new ArrayList<String>();
        for (LabelSchema.Question q : schema.questions()) {
            columns.add(new Column(q.name(), q instanceof Rating ? Type.INTEGER : Type.STRING));
            questions.add(q.name());
        }
        return new FlatTable(List.copyOf(columns), List.copyOf(questions), false);
    }

    static FlatTable consensusOf(List<String> aggregated) {
        var columns = new ArrayList<>(List.of(new Column("item_id", Type.STRING), new Column("external_id", Type.STRING),
                new Column("data", Type.STRING), new Column("method", Type.STRING)));
        for (String q : aggregated) {
            columns.add(new Column(q, Type.STRING));
            columns.add(new Column(q + "_confidence", Type.DECIMAL));
        }
        return new FlatTable(List.copyOf(columns), List.copyOf(aggregated), true);
    }

    List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The row of one answer, in column order. */
    List<Object> row(AnswerRows.Row r) {
        var values = new ArrayList<Object>(columns.size());
        values.add(r.item().toString());
        values.add(r.externalId());
        values.add(r.annotation().toString());
        values.add(r.annotator().toString());
        values.add(r.createdAt().toString());
        values.add((long) r.schemaVersion());
        values.add(r.data().toString());
        for (int i = 0; i < questions.size(); i++) {
            values.add(cell(r.answer().get(questions.get(i)), columns.get(7 + i).type()));
        }
        return values;
    }

    /** The row of one item's consensus: label and confidence per aggregated question, null where none was reached. */
    List<Object> consensusRow(AnswerRows.Row r, String method, java.util.Map<String, dev.annota.annotation.Consensus.Label> labels) {
        var values = new ArrayList<Object>(columns.size());
        values.add(r.item().toString());
        values.add(r.externalId());
        values.add(r.data().toString());
        values.add(method);
        for (String q : questions) {
            var label = labels.get(q);
            values.add(label == null ? null : label.label());
            values.add(label == null ? null : label.confidence());
        }
        return values;
    }

    private static Object cell(JsonNode value, Type type) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (type == Type.INTEGER && value.isIntegralNumber()) {
            return value.longValue();
        }
        return value.isString() ? value.stringValue() : value.toString();
    }
}

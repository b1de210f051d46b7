package dev.annota.annotation.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.annotation.ExportFormat;
import dev.annota.annotation.ExportFilter;
import dev.annota.annotation.ExportSummary;
import dev.annota.item.ItemPayloads;
import dev.annota.schema.Boxes;
import dev.annota.schema.Comparison;
import dev.annota.schema.Demonstration;
import dev.annota.schema.LabelSchema;
import dev.annota.project.Project;
import dev.annota.project.ProjectAccess;
import dev.annota.project.Projects;
import dev.annota.tenancy.TenantScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training shapes of annotated items: TRL preference pairs for comparisons, TRL SFT examples for
 * demonstrations, COCO for boxes. Rows stream from a database cursor straight to the response, so memory stays
 * constant whatever the project's size (COCO reads the rows twice, images then annotations, rather than holding them).
 */
@Component
class TrainingExport {

    private final JdbcTemplate cursor;
    private final TenantScope tenants;
    private final Projects projects;
    private final JsonMapper json;
    private final ExportOpening opening;
    private final AnswerRows rows;

    TrainingExport(JdbcTemplate jdbc, RowStream rowStream, TenantScope tenants, Projects projects, JsonMapper json,
                   AnswerCodec answers, ExportOpening opening) {
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        this.cursor.setFetchSize(1000);
        this.tenants = tenants;
        this.projects = projects;
        this.json = json;
        this.opening = opening;
        this.rows = new AnswerRows(rowStream, json, answers);
    }

    /** The question exported: the one named, or the first of the task type's primary control in the current schema. */
    String question(Project p, String requested) {
        LabelSchema schema = projects.schema(p.tenantId(), p.id(), p.schemaVersion());
        String control = p.taskType().primaryControl();
        for (LabelSchema.Question q : schema.questions()) {
            if (q.type().equals(control) && (requested == null || q.name().equals(requested))) {
                return q.name();
            }
        }
        throw ExportFormat.invalid("No '" + control + "' question" + (requested == null ? "" : " named '" + requested + "'")
                + " in the project's schema.").with("field", "question");
    }

    /**
     * {@code filter}: review {@code ALL} or {@code ACCEPTED} (accepted work only, corrections in place of the answers),
     * period and workforce; {@code walked} is told of each answer read (an export job's progress).
     */
    ExportSummary write(ProjectAccess access, ExportFormat format, String requestedQuestion, ExportFilter filter,
                        OutputStream out, Runnable walked) {
        Projects.requireManage(access);
        filter.requireFits(format);
        Project p = access.project();
        String question = question(p, requestedQuestion);
        return tenants.readFromReplica(p.tenantId(), () -> {
            ExportOpening.Opened opened = opening.open(access, format.id(), filter);
            long items = opened.items();
            var rows = new Rows(p, opened.payloads(), opened.reviewed(), opened.scope(), walked);
            try (JsonGenerator gen = json.createGenerator(out)) {
                return opened.reviewed().summarize(switch (format) {
                    case TRL -> preferences(p, question, rows, gen, items);
                    case SFT -> demonstrations(p, question, rows, gen, items);
                    case COCO -> coco(p, question, rows, gen, items);
                    default -> throw new IllegalArgumentException(format.id() + " is not written by TrainingExport");
                });
            }
        });
    }

    /** A row of the cursor: the item (data opened once per item) and one of its annotations. */
    private interface RowHandler {
        void row(UUID item, String externalId, JsonNode data, String annotationId, String annotatorId, JsonNode answer);
    }

    /** The export's source: the project's rows, filtered and answered as its review filter says. */
    private record Rows(Project project, ItemPayloads payloads, ReviewedAnswers.Reading reviewed, AnswerRows.Scope scope,
                        Runnable walked) {
    }

    /** Walks the rows; {@code tally}: counts each annotation's review standing (one pass of a two-pass export). */
    private void rows(Rows source, boolean tally, RowHandler handler) {
        rows.walk(source.project(), source.payloads(), source.reviewed(), source.scope(), tally, false, source.walked(),
                r -> handler.row(r.item(), r.externalId(), r.data(), r.annotation().toString(), r.annotator().toString(), r.answer()));
    }

    /**
     * TRL preference pairs. Standard shape when the item has a {@code prompt} ({@code "prompt": "...", "chosen": "...",
     * "rejected": "..."}), conversational when it has {@code messages} (prompt = the messages, chosen/rejected = one
     * assistant message each). A preferred response gives one pair against each other response; a ranking gives every
     * pair with different ranks. Tied pairs are skipped and counted.
     */
    private ExportSummary preferences(Project p, String question, Rows rows, JsonGenerator gen, long items) {
        var count = new long[4]; // annotations, pairs, ties, unanswered
        rows(rows, true, (item, externalId, data, annotationId, annotatorId, answer) -> {
            count[0]++;
            JsonNode value = answer.get(question);
            JsonNode responses = data.get("responses");
            if (value == null || !value.isObject() || responses == null || !responses.isArray()) {
                count[3]++;
                return;
            }
            PreferencePairs found = PreferencePairs.of(value, responses.size());
            if (!found.answered()) {
                count[3]++;
                return;
            }
            count[2] += found.ties();
            var pairs = found.pairs();
            for (int[] pair : pairs) {
                String chosen = Comparison.responseContent(responses.get(pair[0]));
                String rejected = Comparison.responseContent(responses.get(pair[1]));
                gen.writeStartObject();
                JsonNode messages = data.get("messages");
                if (messages != null && messages.isArray()) {
                    gen.writeName("prompt");
                    gen.writeTree(messages);
                    writeAssistant(gen, "chosen", chosen);
                    writeAssistant(gen, "rejected", rejected);
                } else {
                    gen.writeStringProperty("prompt", data.path("prompt").asString(""));
                    gen.writeStringProperty("chosen", chosen);
                    gen.writeStringProperty("rejected", rejected);
                }
                gen.writeEndObject();
                gen.writeRaw('\n');
                count[1]++;
            }
        });
        return new ExportSummary("trl", question, items, count[0], count[1], count[2], count[3]);
    }

    private static void writeAssistant(JsonGenerator gen, String name, String content) {
        gen.writeArrayPropertyStart(name);
        gen.writeStartObject();
        gen.writeStringProperty("role", "assistant");
        gen.writeStringProperty("content", content);
        gen.writeEndObject();
        gen.writeEndArray();
    }

    /**
     * TRL SFT examples: {@code {"messages": [...the item's messages, {"role": "assistant", "content": final}]}} when
     * the item has messages, else {@code {"prompt": "...", "completion": final}}.
     */
    private ExportSummary demonstrations(Project p, String question, Rows rows, JsonGenerator gen, long items) {
        var count = new long[3]; // annotations, examples, unanswered
        rows(rows, true, (item, externalId, data, annotationId, annotatorId, answer) -> {
            count[0]++;
            JsonNode value = answer.get(question);
            JsonNode text = value == null ? null : value.get("text");
            if (text == null || !text.isString()) {
                count[2]++;
                return;
            }
            gen.writeStartObject();
            JsonNode messages = data.get("messages");
            if (messages != null && messages.isArray()) {
                gen.writeArrayPropertyStart("messages");
                for (JsonNode m : messages) {
                    gen.writeTree(m);
                }
                gen.writeStartObject();
                gen.writeStringProperty("role", "assistant");
                gen.writeStringProperty("content", text.stringValue());
                gen.writeEndObject();
                gen.writeEndArray();
            } else {
                gen.writeStringProperty("prompt", data.path("prompt").asString(""));
                gen.writeStringProperty("completion", text.stringValue());
            }
            gen.writeEndObject();
            gen.writeRaw('\n');
            count[1]++;
        });
        return new ExportSummary("sft", question, items, count[0], count[1], 0, count[2]);
    }

    /**
     * One COCO document. Categories: the question's classes over every schema version annotations were made under
     * (the current version's first), ids from 1. Images: each annotated item, ids from 1 in item order, with the
     * image's name (else its URL) as file_name and its size from the item (else from the first answer carrying it).
     * Annotations: every object of every annotation; boxes with an empty segmentation, polygons with theirs and their
     * bounding box; the object's attributes, annotator and Annota ids as extra properties (as CVAT does).
     */
    private ExportSummary coco(Project p, String question, Rows rows, JsonGenerator gen, long items) {
        Map<String, Integer> categories = categories(p, question);
        gen.writeStartObject();
        gen.writeObjectPropertyStart("info");
        gen.writeStringProperty("description", "Annota export of project " + p.name());
        gen.writeStringProperty("date_created", java.time.Instant.now().toString());
        gen.writeEndObject();
        gen.writeArrayPropertyStart("licenses");
        gen.writeEndArray();
        gen.writeArrayPropertyStart("categories");
        for (var category : categories.entrySet()) {
            gen.writeStartObject();
            gen.writeNumberProperty("id", category.getValue());
            gen.writeStringProperty("name", category.getKey());
            gen.writeStringProperty("supercategory", "");
            gen.writeEndObject();
        }
        gen.writeEndArray();

        // Pass 1: images. Rows of one item are adjacent; the image is written when the next item starts.
        gen.writeArrayPropertyStart("images");
        var image = new Object() {
            UUID item;
            String externalId;
            JsonNode data;
            JsonNode width;
            JsonNode height;
            int id;

            void flush() {
                if (item == null) {
                    return;
                }
                gen.writeStartObject();
                gen.writeNumberProperty("id", id);
                // A training pipeline joins file_name with the folder the images came from: the image's name (an
                // upload's file name, or the item's own) where there is one, else its URL.
                String name = data.path("image").path("name").asString("");
                gen.writeStringProperty("file_name", name.isBlank() ? data.path("image").path("url").asString("") : name);
                gen.writeStringProperty("coco_url", data.path("image").path("url").asString(""));
                writeNumber(gen, "width", width);
                writeNumber(gen, "height", height);
                gen.writeStringProperty("annota_item_id", item.toString());
                gen.writeStringProperty("external_id", externalId);
                gen.writeEndObject();
            }
        };
        rows(rows, true, (item, externalId, data, annotationId, annotatorId, answer) -> {
            if (!item.equals(image.item)) {
                image.flush();
                image.item = item;
                image.externalId = externalId;
                image.data = data;
                image.id++;
                image.width = data.path("image").get("width");
                image.height = data.path("image").get("height");
            }
            JsonNode value = answer.get(question);
            if (image.width == null && value != null) {
                image.width = value.get("width");
                image.height = value.get("height");
            }
        });
        image.flush();
        gen.writeEndArray();

        // Pass 2: annotations, image ids counted the same way.
        gen.writeArrayPropertyStart("annotations");
        var state = new Object() {
            UUID item;
            int imageId;
            long objectId;
            long annotations;
            long unanswered;
        };
        rows(rows, false, (item, externalId, data, annotationId, annotatorId, answer) -> {
            if (!item.equals(state.item)) {
                state.item = item;
                state.imageId++;
            }
            state.annotations++;
            JsonNode value = answer.get(question);
            JsonNode objects = value == null ? null : value.get("objects");
            if (objects == null || !objects.isArray()) {
                state.unanswered++;
                return;
            }
            for (JsonNode object : objects) {
                Integer category = categories.get(object.path("class").asString(""));
                if (category == null) {
                    continue;
                }
                gen.writeStartObject();
                gen.writeNumberProperty("id", ++state.objectId);
                gen.writeNumberProperty("image_id", state.imageId);
                gen.writeNumberProperty("category_id", category);
                double x, y, w, h, area;
                gen.writeArrayPropertyStart("segmentation");
                if (object.path("type").asString("").equals("polygon")) {
                    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                    double twiceArea = 0;
                    JsonNode points = object.get("points");
                    gen.writeStartArray();
                    for (int k = 0; k < points.size(); k++) {
                        double px = points.get(k).get(0).doubleValue();
                        double py = points.get(k).get(1).doubleValue();
                        JsonNode next = points.get((k + 1) % points.size());
                        twiceArea += px * next.get(1).doubleValue() - next.get(0).doubleValue() * py;
                        minX = Math.min(minX, px);
                        minY = Math.min(minY, py);
                        maxX = Math.max(maxX, px);
                        maxY = Math.max(maxY, py);
                        gen.writeNumber(px);
                        gen.writeNumber(py);
                    }
                    gen.writeEndArray();
                    x = minX;
                    y = minY;
                    w = maxX - minX;
                    h = maxY - minY;
                    area = Math.abs(twiceArea) / 2;
                } else {
                    x = object.path("x").doubleValue();
                    y = object.path("y").doubleValue();
                    w = object.path("width").doubleValue();
                    h = object.path("height").doubleValue();
                    area = w * h;
                }
                gen.writeEndArray();
                gen.writeArrayPropertyStart("bbox");
                gen.writeNumber(x);
                gen.writeNumber(y);
                gen.writeNumber(w);
                gen.writeNumber(h);
                gen.writeEndArray();
                gen.writeNumberProperty("area", area);
                gen.writeNumberProperty("iscrowd", 0);
                gen.writeName("attributes");
                gen.writeTree(object.has("attributes") ? object.get("attributes") : json.createObjectNode());
                gen.writeStringProperty("annota_annotation_id", annotationId);
                gen.writeStringProperty("annota_annotator_id", annotatorId);
                gen.writeEndObject();
            }
        });
        gen.writeEndArray();
        gen.writeEndObject();
        return new ExportSummary("coco", question, items, state.annotations, state.objectId, 0, state.unanswered);
    }

    private static void writeNumber(JsonGenerator gen, String name, JsonNode value) {
        if (value != null && value.isNumber()) {
            gen.writeNumberProperty(name, value.intValue());
        } else {
            gen.writeNullProperty(name);
        }
    }

    /** Class name → COCO category id, over the schema versions the project's annotations were made under. */
    private Map<String, Integer> categories(Project p, String question) {
        List<Integer> versions = new ArrayList<>();
        versions.add(p.schemaVersion());
        tenants.read(p.tenantId(), () -> cursor.queryForList(
                "select distinct schema_version from annotations where tenant_id = ? and project_id = ? order by schema_version",
                Integer.class, p.tenantId(), p.id())).forEach(v -> {
            if (!versions.contains(v)) {
                versions.add(v);
            }
        });
        var result = new LinkedHashMap<String, Integer>();
        for (int version : versions) {
            if (projects.schema(p.tenantId(), p.id(), version).question(question) instanceof Boxes boxes) {
                for (String cls : boxes.classes()) {
                    result.putIfAbsent(cls, result.size() + 1);
                }
            }
        }
        return result;
    }
}

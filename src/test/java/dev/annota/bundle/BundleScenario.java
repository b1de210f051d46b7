package dev.annota.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.annota.identity.CurrentUser;
import dev.annota.identity.Role;
import dev.annota.project.Project;
import dev.annota.tenancy.Organization;
import dev.annota.tenancy.OrganizationKind;
import dev.annota.testing.ApiClient;
import dev.annota.testing.Fixtures;
import dev.annota.testing.WorkSteps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A project with a bit of everything a bundle carries (two schema versions, two guidelines versions, gold items,
 * predictions, answers of two vendor annotators, quality and review settings, an accepted and a rejected review),
 * and the comparison of two bundles through the receiving instance's provenance.
 */
final class BundleScenario {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private BundleScenario() {
    }

    record Labeled(Organization lab, CurrentUser manager, Project project) {
    }

    /** A lab's project labeled by two vendor annotators, reviewed in part. */
    static Labeled labeledProject(Fixtures fixtures) throws InterruptedException {
        var setup = fixtures.labProject("Bundle lab", 2, 0);
        CurrentUser manager = setup.manager();
        Project project = setup.project();
        String base = "/api/v1/projects/" + project.id();
        ApiClient lab = fixtures.client(manager);
        fixtures.itemsWithGold(project, manager, 3);
        var withPredictions = lab.post(base + "/items", "application/x-ndjson", HttpRequest.BodyPublishers.ofString(
                "{\"external_id\":\"predicted\",\"data\":{\"text\":\"predicted ü\"},\"predictions\":[{\"model\":\"m1\",\"answer\":{\"label\":\"b\"}}]}\n"));
        assertThat(withPredictions.status()).as(withPredictions.text()).isIn(200, 201);
        ok(lab.putJson(base + "/quality/settings", "{\"goldRate\": 1}"));
        ok(lab.putJson(base + "/review/settings", "{\"stages\":\"REVIEW\",\"reviewShare\":100}"));
        fixtures.projects().changeGuidelines(fixtures.access(project, manager), "# Guidelines, second version\n\nLabel *carefully*.");
        Organization vendor = fixtures.engagedVendor(setup);
        ApiClient first = fixtures.client(fixtures.user(vendor, Role.ANNOTATOR));
        assertThat(WorkSteps.workUntilDone(first, base)).isPositive();
        ok(lab.putJson(base + "/schema", "{\"questions\": [{\"name\": \"label\", \"type\": \"choice\", \"options\": [\"a\", \"b\", \"c\", \"d\"]}]}"));
        ApiClient second = fixtures.client(fixtures.user(vendor, Role.ANNOTATOR));
        assertThat(WorkSteps.workUntilDone(second, base)).isPositive();
        ApiClient reviewer = fixtures.client(fixtures.user(setup.lab(), Role.REVIEWER));
        JsonNode accept = WorkSteps.nextReview(reviewer, base);
        ok(reviewer.postJson(base + "/reviews/" + accept.get("reviewId").asString() + "/decision",
                "{\"decision\":\"ACCEPT\",\"fencingToken\":" + accept.get("fencingToken").asLong() + "}"));
        JsonNode reject = WorkSteps.nextReview(reviewer, base);
        ok(reviewer.postJson(base + "/reviews/" + reject.get("reviewId").asString() + "/decision",
                "{\"decision\":\"REJECT\",\"fencingToken\":" + reject.get("fencingToken").asLong() + ",\"feedback\":\"Read the guidelines.\"}"));
        return new Labeled(setup.lab(), manager, project);
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 201);
    }

    /** The bundle's entries by name. */
    static Map<String, byte[]> entries(byte[] zip) {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static List<JsonNode> lines(byte[] jsonl) {
        var rows = new ArrayList<JsonNode>();
        for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    /** new id → old id, from GET /projects/{id}/provenance/ids of the receiving instance. */
    static Map<String, String> provenance(ApiClient receiver, Object project) {
        var response = receiver.get("/api/v1/projects/" + project + "/provenance/ids");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        var map = new HashMap<String, String>();
        for (JsonNode row : lines(response.body())) {
            map.put(row.get("new_id").asString(), row.get("old_id").asString());
        }
        return map;
    }

    /**
     * The second bundle says what the first says, entry by entry and row by row, once each id of the second is
     * replaced by the id it had in the first (through the provenance; an id the provenance does not know fails).
     * Compared: project, schemas, guidelines, images, items, annotations (every version), review settings, reviews,
     * decisions, quality settings, gold results. Not compared: the access evidence and the manifest (each instance's own).
     */
    static int assertSameProject(byte[] exported, byte[] reExported, Map<String, String> newToOld) {
        Map<String, byte[]> before = entries(exported);
        Map<String, byte[]> after = entries(reExported);
        int compared = 0;
        var names = new TreeMap<String, String>();
        for (String name : before.keySet()) {
            if (!name.startsWith("access/") && !name.startsWith("manifest")) {
                names.put(translated(name, newToOld, true), name);
            }
        }
        var renamed = new TreeMap<String, String>();
        for (String name : after.keySet()) {
            if (!name.startsWith("access/") && !name.startsWith("manifest")) {
                renamed.put(translated(name, newToOld, false), name);
            }
        }
        assertThat(renamed.keySet()).as("entries of the second bundle, ids translated").isEqualTo(names.keySet());
        for (var entry : names.entrySet()) {
            String name = entry.getValue();
            byte[] old = before.get(name);
            byte[] again = after.get(renamed.get(entry.getKey()));
            if (name.endsWith(".jsonl")) {
                List<JsonNode> oldRows = lines(old);
                List<JsonNode> newRows = lines(again).stream().map(row -> translate(row, newToOld)).toList();
                assertThat(newRows).as(name + ": rows, ids translated").hasSameSizeAs(oldRows);
                assertThat(byId(newRows)).as(name + ": row by row, ids translated").isEqualTo(byId(oldRows));
                compared += oldRows.size();
            } else if (name.endsWith(".json")) {
                assertThat(translate(JSON.readTree(again), newToOld)).as(name).isEqualTo(JSON.readTree(old));
                compared++;
            } else {
                assertThat(again).as(name + ": the same bytes").isEqualTo(old);
                compared++;
            }
        }
        return compared;
    }

    /** Rows keyed by their id (or assignment for gold results), so the order of new ids does not matter. */
    private static Map<String, JsonNode> byId(List<JsonNode> rows) {
        var map = new TreeMap<String, JsonNode>();
        for (JsonNode row : rows) {
            String key = row.has("id") ? row.get("id").asString() : row.has("assignment_id") ? row.get("assignment_id").asString()
                    : row.get("version").asString();
            assertThat(map.put(key, row)).as("one row per id: " + key).isNull();
        }
        return map;
    }

    private static String translated(String name, Map<String, String> newToOld, boolean alreadyOld) {
        return alreadyOld ? name : replaceIds(name, newToOld);
    }

    /** Every id in every string of the row replaced by its old id. */
    static JsonNode translate(JsonNode node, Map<String, String> newToOld) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (var field : node.properties()) {
                copy.set(field.getKey(), translate(field.getValue(), newToOld));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(translate(element, newToOld)));
            return copy;
        }
        if (node.isString()) {
            return StringNode.valueOf(replaceIds(node.asString(), newToOld));
        }
        return node;
    }

    private static String replaceIds(String text, Map<String, String> newToOld) {
        Matcher m = UUID_TEXT.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String old = newToOld.get(m.group());
            assertThat(old).as("the provenance knows the id " + m.group() + " (in " + text + ")").isNotNull();
            m.appendReplacement(out, old);
        }
        m.appendTail(out);
        return out.toString();
    }
}

package dev.annota.quality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.item.ItemPayloads;
import dev.annota.project.Project;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the comparison figures read of a project's answered items, opened once inside the caller's tenant
 * transaction: each item's external id, and per response its model (null where unnamed) and its length in characters
 * (Unicode code points of its content). Only these leave this class, never a response's text.
 */
@Component
record ComparisonItems(QualityFigures figures, ItemPayloads payloads, JsonMapper json) {

    /** One item's responses as the figures see them. */
    record Responses(String externalId, List<String> models, int[] lengths) {
    }

    Map<UUID, Responses> of(Project p) {
        var result = new HashMap<UUID, Responses>();
        for (var row : figures.answeredItems(p)) {
            UUID item = row.itemId();
            JsonNode data = json.readTree(payloads.open(p.tenantId(), item, row.sealedPayload()));
            result.put(item, new Responses(payloads.openExternalId(p.tenantId(), p.id(), row.sealedExternalId()), modelsOf(data),
                    lengthsOf(data)));
        }
        return result;
    }

    /** The model of each response, null where a response names none. */
    static List<String> modelsOf(JsonNode data) {
        var names = new ArrayList<String>();
        for (JsonNode r : data.path("responses")) {
            JsonNode model = r.isObject() ? r.get("model") : null;
            names.add(model != null && model.isString() && !model.asString().isBlank() ? model.asString() : null);
        }
        return names;
    }

    /** The length of each response's content in code points (a string response is its own content). */
    static int[] lengthsOf(JsonNode data) {
        JsonNode responses = data.path("responses");
        int[] lengths = new int[responses.size()];
        for (int i = 0; i < lengths.length; i++) {
            JsonNode r = responses.get(i);
            String content = r.isString() ? r.asString() : r.path("content").asString("");
            lengths[i] = content.codePointCount(0, content.length());
        }
        return lengths;
    }
}

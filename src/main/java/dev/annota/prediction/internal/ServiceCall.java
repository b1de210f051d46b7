package dev.annota.prediction.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.annota.schema.LabelSchema;
import tools.jackson.databind.JsonNode;

/**
 * What one batch asks a prediction service, with the service's settings opened, and what it answered.
 *
 * @param prompts the OpenAI-compatible service's prompt template per question name (empty for a Label Studio backend)
 */
record ServiceCall(UUID projectId, String url, String model, String apiKey, Map<String, String> prompts, LabelSchema schema,
                   List<Task> tasks) {

    /** One item: its id and its data (the payload opened). */
    record Task(UUID itemId, JsonNode data) {
    }

    /**
     * The service's prediction for one item: an answer in Annota's form (question name → value; questions the service
     * left out are absent), the model's confidence when it gave one, and the model version it reported.
     */
    record Answer(UUID itemId, JsonNode answer, Double score, String modelVersion) {
    }

    /** A prediction service in one protocol. */
    interface Protocol {
        /** The answers for the batch's tasks (an item without an answer is left out); throws {@link ServiceFailure}. */
        List<Answer> predict(ServiceCall call);
    }
}

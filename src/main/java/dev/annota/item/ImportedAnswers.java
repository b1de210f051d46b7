package dev.annota.item;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Stores the people's answers an import file carries (Label Studio's annotations) as annotations of the items just
 * imported, answered by the annotation module, which owns annotations. Declared here and implemented there because
 * annotations depend on items and not the other way round (as {@link ItemAnswers}): the import converts and checks the
 * answers, this stores them. Runs inside the import's tenant transaction, so items and their answers commit together
 * or not at all.
 */
public interface ImportedAnswers {

    /**
     * One imported answer: the item it answers (stored in this import), the answer in the project's schema (already
     * checked as a complete answer), the item's data (for what the schema derives from an answer), and its provenance:
     * the id and author it had in the source (null when the file gives none) and when it was made there (null: now).
     */
    record Answer(UUID itemId, JsonNode answer, JsonNode itemData, String originalId, String originalAuthor, Instant createdAt) {
    }

    /**
     * Stores the answers as annotations of the project under {@code schemaVersion}, by the organization's imported
     * author of {@code source} (e.g. {@code label-studio}); the number stored.
     */
    long store(UUID tenantId, UUID projectId, int schemaVersion, String source, List<Answer> answers);
}

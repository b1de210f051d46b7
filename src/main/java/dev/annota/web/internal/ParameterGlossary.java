package dev.annota.web.internal;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;

/**
 * The descriptions of parameters that mean the same on every operation (the ids in paths, the paging cursors), so
 * each handler need not repeat them. A parameter that means something of its own is described on the handler with
 * {@code @Parameter(description = …)}, which wins over this.
 */
final class ParameterGlossary {

    private static final Map<String, String> PATH = Map.ofEntries(
            Map.entry("projectId", "The project's id"),
            Map.entry("itemId", "The item's id"),
            Map.entry("imageId", "The uploaded image's id"),
            Map.entry("assignmentId", "The assignment (the leased task) the claim answered with"),
            Map.entry("reviewId", "The review task's id, from the review claim"),
            Map.entry("decisionId", "The review decision's id"),
            Map.entry("organizationId", "The organization's id"),
            Map.entry("orgId", "The other organization's id"),
            Map.entry("workforceOrgId", "The workforce organization's id"),
            Map.entry("classId", "The conflict class's id"),
            Map.entry("personId", "The person's (a user's) id"),
            Map.entry("userId", "The user's id"),
            Map.entry("credentialId", "The credential's id"),
            Map.entry("rateId", "The rate's id"),
            Map.entry("rotationId", "The key rotation's id"),
            Map.entry("witnessId", "The witness's id"),
            Map.entry("exportId", "The export job's id"),
            Map.entry("webhookId", "The webhook's id"),
            Map.entry("messageId", "The webhook message's id (its webhook-id header)"),
            Map.entry("version", "The version number, 1 for the first"));

    private static final Map<String, String> QUERY = Map.of(
            "method", "The aggregation method that infers the true answers and annotator skills: mv (majority vote), "
                    + "wawa, ds (Dawid-Skene), ocds or mace (docs/quality.md)",
            "after", "Paging cursor: the previous page's next cursor (absent for the first page)",
            "before", "Paging cursor: the previous page's next cursor, to go on towards older entries (absent for the newest)",
            "limit", "The most entries to answer with",
            "from", "The first day of the period, ISO 8601 (YYYY-MM-DD), inclusive",
            "to", "The last day of the period, ISO 8601 (YYYY-MM-DD), inclusive");

    private ParameterGlossary() {
    }

    static void describe(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().forEach(parameter -> {
            if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                var glossary = "path".equals(parameter.getIn()) ? PATH : "query".equals(parameter.getIn()) ? QUERY : Map.<String, String>of();
                parameter.setDescription(glossary.get(parameter.getName()));
            }
        });
    }
}

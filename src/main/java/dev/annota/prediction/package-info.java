/**
 * Model-assisted labeling (docs/model-assistance.md): a project's prediction service — a Label Studio ML backend
 * ({@code /predict}) or an OpenAI-compatible chat-completions endpoint with a prompt template per question — asked in
 * the background, by any instance, for predictions of the project's items; the predictions are stored on the items
 * with the model version (through {@link dev.annota.item.ItemRows}); progress; and the model's agreement with the
 * annotators per question. Off until a manager switches it on; every batch sent is a {@link PredictionsSent} event,
 * which the access log records.
 * <p>
 * Owns the tables: prediction_services, prediction_items, prediction_due. Another module's SQL may name them only as
 * TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Model assistance",
        allowedDependencies = {"annotation", "crypto", "identity", "item", "project", "schema", "statistics", "tenancy", "webhook"})
package dev.annota.prediction;

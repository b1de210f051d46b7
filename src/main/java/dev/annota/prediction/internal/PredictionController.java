package dev.annota.prediction.internal;

import java.util.UUID;

import dev.annota.failure.NotFound;
import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A project's prediction service (docs/model-assistance.md): admins and managers of the owning organization. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/prediction-service")
@Tag(name = "Model assistance", description = "A prediction service that pre-labels the project's items, its progress and agreement")
record PredictionController(Projects projects, ServiceConfiguration configuration, PredictionProgress progress,
        ModelAgreement agreement) {

    @GetMapping
    @Operation(operationId = "getPredictionService", summary = "The project's prediction service; the API key only as {\"set\": true|false}. 404 when none is set")
    ServiceConfiguration.View get(CurrentUser caller, @PathVariable UUID projectId) {
        return configuration.get(projects.access(caller, projectId)).orElseThrow(PredictionController::none);
    }

    @PutMapping
    @Operation(operationId = "setPredictionService", summary = "Sets the project's prediction service: kind LABEL_STUDIO (an ML backend's /predict) or OPENAI "
            + "(chat completions, with model and a prompt template per question using {{field}} placeholders), url, "
            + "apiKey (sealed; left out keeps the stored one, \"\" removes it), enabled (off by default: no item leaves "
            + "the instance until a manager switches it on), batchSize (1-100, default 10), requestsPerMinute (1-600, "
            + "default 60), queueOrder (ID, or LEAST_CONFIDENT: the claim takes the items the model is least sure of first). A change of kind, url, model or prompts asks every item again")
    ServiceConfiguration.View put(CurrentUser caller, @PathVariable UUID projectId,
                                  @jakarta.validation.Valid @RequestBody ServiceConfiguration.Settings settings) {
        return configuration.save(projects.access(caller, projectId), settings);
    }

    @DeleteMapping
    @Operation(operationId = "removePredictionService", summary = "Removes the project's prediction service and its progress (predictions stored on items stay)")
    ResponseEntity<Void> delete(CurrentUser caller, @PathVariable UUID projectId) {
        if (!configuration.remove(projects.access(caller, projectId))) {
            throw none();
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/progress")
    @Operation(operationId = "getPredictionProgress", summary = "Progress of the current generation: items, predicted, failed, inFlight (sent or waiting for a "
            + "retry), toPredict, the model version and the last error")
    PredictionProgress.Progress progress(CurrentUser caller, @PathVariable UUID projectId) {
        return progress.of(projects.access(caller, projectId)).orElseThrow(PredictionController::none);
    }

    @GetMapping("/agreement")
    @Operation(operationId = "getPredictionAgreement", summary = "The model's agreement with the annotators per single-choice and rating question: items, "
            + "percentAgreement and kappa (Cohen's) against the annotators' majority, pairsAgreeing (model-annotator pairs), "
            + "and for comparison the annotators' own percent agreement and Krippendorff's alpha, and alpha with the model "
            + "as one more coder; null where undefined")
    ModelAgreement.Report agreement(CurrentUser caller, @PathVariable UUID projectId) {
        return agreement.of(projects.access(caller, projectId)).orElseThrow(PredictionController::none);
    }

    private static NotFound none() {
        return new NotFound("The project has no prediction service.");
    }
}

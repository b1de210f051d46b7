package dev.annota.webhook.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.annota.failure.Invalid;
import dev.annota.identity.CurrentUser;
import dev.annota.project.Projects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's webhooks (docs/webhooks.md), for the owning organization's admins and managers: others engaged on the
 * project get 403, anyone else 404 as for a project that does not exist.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/webhooks")
@Tag(name = "Webhooks", description = "URLs that receive the project's events, signed as Standard Webhooks say")
record WebhookController(Projects projects, Subscriptions subscriptions) {

    /** A new webhook: its URL and the events it receives. */
    record NewWebhook(
            @Schema(requiredMode = REQUIRED, example = "https://hooks.example.org/annota", description = "Where the signed "
                    + "requests go: an https:// (or http://) URL of up to 2000 characters, without user name, password or "
                    + "#fragment; a host that does not resolve or resolves into the server's own network is refused (422) "
                    + "unless the operator allows it") @Size(max = 2000) String url,
            @Schema(requiredMode = REQUIRED, description = "The events it receives, one or more of: annotation.created, item.completed, review.decided, review.rework_offered, export.finished")
            @Size(max = 20) List<String> events) {
    }

    /** A change: fields left out keep their value. */
    record WebhookChange(
            @Schema(description = "The events it receives from now on, replacing the old ones: one or more of: annotation.created, item.completed, review.decided, review.rework_offered, export.finished; "
                    + "left out: unchanged") @Size(max = 20) List<String> events,
            @Schema(description = "false stops deliveries; true resumes them and clears a disabling after failure; left "
                    + "out: unchanged. Send events, enabled or both (422 with neither)") Boolean enabled) {
    }

    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "The project's webhooks: URL, events, enabled (false when turned off or after persistent failure, "
            + "with the reason), pending deliveries, last delivery")
    List<Subscriptions.Webhook> list(CurrentUser caller, @PathVariable UUID projectId) {
        return subscriptions.list(projects.access(caller, projectId));
    }

    @PostMapping
    @Operation(operationId = "createWebhook", summary = "Add a webhook: url and events (annotation.created, item.completed, review.decided, "
            + "review.rework_offered, export.finished). 201 with the webhook and its signing secret (whsec_…), shown this "
            + "once. A host in the server's own network is refused (422, field url) unless the operator allows it")
    ResponseEntity<Map<String, Object>> create(CurrentUser caller, @PathVariable UUID projectId,
                                               @Valid @RequestBody(required = false) NewWebhook body) {
        var created = subscriptions.create(projects.access(caller, projectId), body == null ? null : body.url(),
                body == null ? null : body.events());
        var answer = new LinkedHashMap<String, Object>();
        answer.put("webhook", created.webhook());
        answer.put("secret", created.secret());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/webhooks/" + created.webhook().id()))
                .body(answer);
    }

    @GetMapping("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "One webhook (never its secret)")
    Subscriptions.Webhook one(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID webhookId) {
        return subscriptions.find(projects.access(caller, projectId), webhookId);
    }

    @PatchMapping("/{webhookId}")
    @Operation(operationId = "changeWebhook", summary = "Change the events and/or enable or disable the webhook; enabling clears a disabling after failure")
    Subscriptions.Webhook change(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID webhookId,
                                 @Valid @RequestBody(required = false) WebhookChange body) {
        if (body == null) {
            throw new Invalid("Invalid webhook", "Send events and/or enabled.").with("field", "events");
        }
        return subscriptions.update(projects.access(caller, projectId), webhookId, body.events(), body.enabled());
    }

    @DeleteMapping("/{webhookId}")
    @Operation(operationId = "removeWebhook", summary = "Remove the webhook, its pending deliveries and its delivery log")
    ResponseEntity<Void> remove(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID webhookId) {
        subscriptions.delete(projects.access(caller, projectId), webhookId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log, newest first: each message (webhook-id, event type, state PENDING, DELIVERED or "
            + "FAILED, next attempt) with every attempt's time, HTTP status or error and duration")
    List<Subscriptions.Delivery> deliveries(CurrentUser caller, @PathVariable UUID projectId, @PathVariable UUID webhookId,
                                            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new Invalid("Invalid limit", "limit is between 1 and 500.").with("field", "limit");
        }
        return subscriptions.deliveries(projects.access(caller, projectId), webhookId, limit);
    }

    @PostMapping("/{webhookId}/deliveries/{messageId}/redeliver")
    @Operation(operationId = "redeliverWebhookMessage", summary = "Send the message again, now, with the same webhook-id and a new retry period (409 while the "
            + "webhook is disabled)")
    ResponseEntity<Subscriptions.Delivery> redeliver(CurrentUser caller, @PathVariable UUID projectId,
                                                     @PathVariable UUID webhookId, @PathVariable String messageId) {
        return ResponseEntity.accepted().body(subscriptions.redeliver(projects.access(caller, projectId), webhookId, messageId));
    }
}

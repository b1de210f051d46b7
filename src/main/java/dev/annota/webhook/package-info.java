/**
 * Webhooks (Standard Webhooks, docs/webhooks.md): a project's admins and managers name URLs and the events each one
 * receives (annotation.created, item.completed, review.decided, review.rework_offered, export.finished); every event is
 * written to an outbox in the transaction that publishes it, and delivered by any instance ({@code SKIP LOCKED}), signed,
 * retried with exponential backoff and jitter for more than a day, logged per subscription, redelivered on request, and
 * the subscription disabled after persistent failure with a notification to its creator.
 * <p>
 * The module also owns the server's outbound requests to URLs someone named: {@link dev.annota.webhook.OutboundHosts}
 * (public addresses only unless allowed), {@link dev.annota.webhook.WebhookSignature}, {@link dev.annota.webhook.Backoff}
 * and {@link dev.annota.webhook.SignedRequests}, which the access log's witnesses use too.
 * <p>
 * Owns the tables: webhooks, webhook_deliveries, webhook_attempts, webhook_due. Another module's SQL may name them only
 * as TableOwnershipTests allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
        allowedDependencies = {"annotation", "crypto", "identity", "notification", "operations", "project", "review", "tenancy", "work"})
package dev.annota.webhook;

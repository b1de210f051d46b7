package dev.annota.webhook.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How events reach the webhooks (application.properties {@code annota.webhooks.*}): the request timeout, the first
 * retry's wait and the longest one (exponential backoff with jitter in between), how long a delivery is retried before
 * it fails for good and disables its webhook, and how often every instance sweeps for due deliveries.
 */
@ConfigurationProperties("annota.webhooks")
record WebhookSettings(@DefaultValue("10s") Duration timeout, @DefaultValue("30s") Duration retryBase,
                       @DefaultValue("4h") Duration retryMax, @DefaultValue("26h") Duration retryFor,
                       @DefaultValue("1s") Duration sweepInterval) {
}

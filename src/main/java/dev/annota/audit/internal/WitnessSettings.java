package dev.annota.audit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How checkpoints reach the witnesses (application.properties {@code annota.witnesses.*}): the request timeout, the
 * first retry's wait and the longest one (exponential backoff in between), how long a delivery is retried before it
 * fails for good and disables its witness, and how often every instance sweeps for due deliveries.
 */
@ConfigurationProperties("annota.witnesses")
record WitnessSettings(@DefaultValue("10s") Duration timeout, @DefaultValue("30s") Duration retryBase,
                       @DefaultValue("6h") Duration retryMax, @DefaultValue("25h") Duration retryFor,
                       @DefaultValue("5s") Duration sweepInterval) {
}

package dev.annota.prediction.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How prediction batches run (application.properties {@code annota.predictions.*}): the request timeout, the first
 * retry's wait and the longest one (exponential backoff with jitter between), how many times an item is asked before it
 * fails for good, how long an enabled service with nothing to ask waits before it looks for new items, and how often
 * every instance sweeps for due services.
 */
@ConfigurationProperties("annota.predictions")
record PredictionSettings(@DefaultValue("60s") Duration timeout, @DefaultValue("10s") Duration retryBase,
                          @DefaultValue("10m") Duration retryMax, @DefaultValue("5") int maxAttempts,
                          @DefaultValue("30s") Duration idleInterval, @DefaultValue("5s") Duration sweepInterval) {

    /** How long a batch handed out is left to the instance sending it before another may ask again. */
    Duration lease() {
        return timeout().multipliedBy(2).plusSeconds(30);
    }
}

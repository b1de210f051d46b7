package dev.annota.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Standard Webhooks signature and the retry schedule, without Spring. */
class WebhookSignatureTests {

    @Test
    void theSignatureIsTheStandardWebhooksOneForTheSpecificationsExample() {
        // The example of the Standard Webhooks specification's reference libraries (standard-webhooks/standard-webhooks).
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIs32RandomBytesWithThePrefix() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeWithJitterUpToTheLongestWait() {
        Duration base = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(6);
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.after(1, base, max)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
            assertThat(Backoff.after(3, base, max)).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));
            assertThat(Backoff.after(40, base, max)).isBetween(Duration.ofHours(3), max);
        }
        // Waits summed over the attempts cover a day well before 30 attempts: at least a day of retries fits.
        Duration total = Duration.ZERO;
        int attempts = 0;
        while (total.compareTo(Duration.ofHours(25)) < 0) {
            total = total.plus(Backoff.after(++attempts, base, max));
        }
        assertThat(attempts).isLessThan(30);
    }
}

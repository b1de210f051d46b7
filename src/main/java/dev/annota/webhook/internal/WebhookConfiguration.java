package dev.annota.webhook.internal;

import java.net.InetAddress;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.webhook.OutboundHosts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The parts that are not components of their own: the allowed-hosts rule every outbound request obeys (webhooks and
 * the access log's witnesses), the sealed secret column for the re-encryption job, and the periodic sweep.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

    @Bean
    OutboundHosts outboundHosts(@Value("${annota.webhooks.allowed-hosts:}") String allowedHosts) {
        return new OutboundHosts(allowedHosts, InetAddress::getAllByName);
    }

    @Bean
    EncryptedColumn webhookSecretColumn() {
        return Subscriptions.SECRET;
    }

    @Bean
    WebhookSweep webhookSweep(Deliveries deliveries) {
        return new WebhookSweep(deliveries);
    }

    /** Every instance, every {@code annota.webhooks.sweep-interval}: deliveries due (new events, retries, any left behind). */
    static final class WebhookSweep {

        private final Deliveries deliveries;

        WebhookSweep(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @Scheduled(fixedDelayString = "${annota.webhooks.sweep-interval}", initialDelayString = "${annota.webhooks.sweep-interval}")
        void run() {
            try {
                deliveries.runDue();
            } catch (RuntimeException e) {
                log.warn("Webhook delivery sweep failed; the next one tries again: {}", e.toString());
            }
        }
    }
}

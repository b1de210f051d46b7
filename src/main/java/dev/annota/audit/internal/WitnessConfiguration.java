package dev.annota.audit.internal;

import dev.annota.crypto.EncryptedColumn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The witnesses' parts that are not components of their own: the sealed secret column for the re-encryption job, and
 * the periodic sweep for due deliveries. (The allowed-hosts rule and the signed request are the webhook module's,
 * {@code webhook.SignedRequests}.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WitnessSettings.class)
class WitnessConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WitnessConfiguration.class);

    @Bean
    EncryptedColumn witnessSecretColumn() {
        return Witnesses.SECRET;
    }

    @Bean
    WitnessSweep witnessSweep(WitnessDelivery delivery) {
        return new WitnessSweep(delivery);
    }

    /** Every instance, every {@code annota.witnesses.sweep-interval}: deliveries due (retries, and any left behind). */
    static final class WitnessSweep {

        private final WitnessDelivery delivery;

        WitnessSweep(WitnessDelivery delivery) {
            this.delivery = delivery;
        }

        @Scheduled(fixedDelayString = "${annota.witnesses.sweep-interval}", initialDelayString = "${annota.witnesses.sweep-interval}")
        void run() {
            try {
                delivery.runDue();
            } catch (RuntimeException e) {
                log.warn("Witness delivery sweep failed; the next one tries again: {}", e.toString());
            }
        }
    }
}

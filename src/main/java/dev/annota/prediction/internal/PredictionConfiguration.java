package dev.annota.prediction.internal;

import java.net.http.HttpClient;
import java.util.EnumMap;

import dev.annota.crypto.EncryptedColumns;
import dev.annota.webhook.OutboundHosts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;

/**
 * The prediction services' parts that are not components of their own: the HTTP client (JDK; redirects never followed, no proxy, so the request goes to the address
 * checked), the two protocols, the sealed columns for the re-encryption job, and the periodic sweep.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PredictionSettings.class)
class PredictionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PredictionConfiguration.class);

    @Bean
    ServiceProtocols predictionProtocols(OutboundHosts hosts, PredictionSettings settings, JsonMapper json) {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout())
                .proxy(HttpClient.Builder.NO_PROXY).version(HttpClient.Version.HTTP_1_1).build();
        var post = new ServicePost(http, hosts, json, settings.timeout());
        var protocols = new EnumMap<ServiceKind, ServiceCall.Protocol>(ServiceKind.class);
        protocols.put(ServiceKind.LABEL_STUDIO, new LabelStudioBackend(post));
        protocols.put(ServiceKind.OPENAI, new ChatCompletions(post, json));
        return new ServiceProtocols(protocols);
    }

    @Bean
    EncryptedColumns predictionServiceColumns() {
        return new EncryptedColumns(PredictionStore.API_KEY, PredictionStore.PROMPTS);
    }

    @Bean
    PredictionSweep predictionSweep(PredictionBatches batches) {
        return new PredictionSweep(batches);
    }

    /** Every instance, every {@code annota.predictions.sweep-interval}: the services whose next batch is due. */
    static final class PredictionSweep {

        private final PredictionBatches batches;

        PredictionSweep(PredictionBatches batches) {
            this.batches = batches;
        }

        @Scheduled(fixedDelayString = "${annota.predictions.sweep-interval:5s}", initialDelayString = "${annota.predictions.sweep-interval:5s}")
        void run() {
            try {
                batches.runDue();
            } catch (RuntimeException e) {
                log.warn("Prediction sweep failed; the next one tries again: {}", e.toString());
            }
        }
    }
}

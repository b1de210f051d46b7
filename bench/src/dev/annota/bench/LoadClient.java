package dev.annota.bench;

import java.io.IOException;
import java.time.Duration;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The measured loop's HTTP: Apache HttpClient's classic (blocking) client over keep-alive connections, one per
 * simulated annotator, each call made on the annotator's own virtual thread. The JDK's HttpClient hands every
 * request to its selector thread and back; that cost ~1.9 ms of CPU per claim+submit cycle on this 2-core machine,
 * CPU the server under test then lacked. Setup calls keep using {@link Http}.
 */
final class LoadClient implements AutoCloseable {

    record Answer(int status, String body) {
    }

    private final String base;
    private final CloseableHttpClient client;

    LoadClient(String base, int connections) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        var pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofMinutes(2)).build())
                .build();
        this.client = HttpClients.custom().setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(Timeout.of(Duration.ofMinutes(2))).build())
                .disableCookieManagement().disableAutomaticRetries().disableRedirectHandling().disableContentCompression()
                .build();
    }

    Answer post(String token, String path, String json, String idempotencyKey) throws IOException {
        var post = new HttpPost(base + path);
        post.setHeader("Authorization", "Bearer " + token);
        if (idempotencyKey != null) {
            post.setHeader("Idempotency-Key", idempotencyKey);
        }
        if (json != null) {
            post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        }
        return client.execute(post, response -> new Answer(response.getCode(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity())));
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}

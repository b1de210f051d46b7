package dev.annota.annotation.internal;

import java.util.UUID;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.Opener;
import dev.annota.crypto.TenantCrypto;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place an annotation's answer crosses between JSON and its stored form: encrypted under the tenant's keyset,
 * with the tenant and the annotation id bound as associated data. Every write (submit) and read (retry replay,
 * export) of {@code annotations.answer} passes here.
 */
@Component
public class AnswerCodec {

    public static final EncryptedColumn ANSWER = new EncryptedColumn("annotations", "answer");

    private final TenantCrypto crypto;
    private final JsonMapper json;

    AnswerCodec(TenantCrypto crypto, JsonMapper json) {
        this.crypto = crypto;
        this.json = json;
    }

    public String seal(UUID tenantId, UUID annotationId, JsonNode answer) {
        return crypto.seal(ANSWER, tenantId, annotationId, answer.toString());
    }

    public JsonNode open(UUID tenantId, UUID annotationId, String stored) {
        return json.readTree(openText(tenantId, annotationId, stored));
    }

    /** The answer's JSON text, for writers that copy it through unparsed (the export). */
    public String openText(UUID tenantId, UUID annotationId, String stored) {
        return crypto.open(ANSWER, tenantId, annotationId, stored);
    }

    /** Opens many answers of one tenant (an export), the keyset looked up once; {@code open(annotationId, stored)}. */
    public Opener opener(UUID tenantId) {
        return crypto.opener(ANSWER, tenantId);
    }

    /** Registers the column for re-encryption after a key rotation. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn annotationAnswerColumn() {
            return ANSWER;
        }
    }
}

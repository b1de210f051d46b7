package dev.annota.review.internal;

import java.util.UUID;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.TenantCrypto;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A decision's texts (feedback, per-question feedback, a correction's answer) cross here between JSON and their stored
 * form: sealed under the tenant's keyset, bound to the tenant and the decision's id.
 */
@Component
public class ReviewTexts {

    static final EncryptedColumn BODY = new EncryptedColumn("review_decisions", "body");
    /** An annotator's reply to a decision, bound to the decision's id. */
    static final EncryptedColumn REPLY = new EncryptedColumn("review_replies", "body");

    private final TenantCrypto crypto;
    private final JsonMapper json;

    ReviewTexts(TenantCrypto crypto, JsonMapper json) {
        this.crypto = crypto;
        this.json = json;
    }

    public String seal(UUID tenantId, UUID decisionId, JsonNode body) {
        return crypto.seal(BODY, tenantId, decisionId, body.toString());
    }

    public JsonNode open(UUID tenantId, UUID decisionId, String stored) {
        return json.readTree(crypto.open(BODY, tenantId, decisionId, stored));
    }

    String sealReply(UUID tenantId, UUID decisionId, String text) {
        return crypto.seal(REPLY, tenantId, decisionId, text);
    }

    String openReply(UUID tenantId, UUID decisionId, String stored) {
        return crypto.open(REPLY, tenantId, decisionId, stored);
    }

    /** Registers the columns for re-encryption after a key rotation. */
    @Configuration(proxyBeanMethods = false)
    static class Columns {

        @Bean
        EncryptedColumn reviewDecisionBodyColumn() {
            return BODY;
        }

        @Bean
        EncryptedColumn reviewReplyBodyColumn() {
            return REPLY;
        }
    }
}

package dev.annota.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): a secret {@code whsec_<base64 of 32 random bytes>}, and for
 * each request {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">} keyed
 * with the secret's decoded bytes. Plain Java, so a receiver's check can be written from this class alone. Shared by
 * the project webhooks and the access log's witnesses.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: 32 random bytes (the specification asks for 24 to 64), base64 after the prefix. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The value of the {@code webhook-signature} header. */
    public static String sign(String secret, String id, long timestampSeconds, byte[] body) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}

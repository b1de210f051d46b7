package dev.annota.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The stable name under which a person is shown outside their organization: the same person in the same customer's
 * projects always has the same pseudonym, and it names neither them nor their email. Every module showing a person
 * outside their organization (reviews, workforce profiles, the vendor comparison) uses this one.
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    public static String of(UUID tenantId, UUID personId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((tenantId + ":" + personId).getBytes(StandardCharsets.US_ASCII));
            return "Person " + HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.annota.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link with which a user chooses their own password: its secret, shown once to whoever issued it and
 * stored only as a hash, and when it expires. The web edge turns the secret into a URL.
 */
public record SetupLink(UUID userId, String secret, Instant expiresAt) {

    @Override
    public String toString() {
        return "SetupLink[userId=" + userId + ", expiresAt=" + expiresAt + "]"; // never the secret, e.g. in a log line
    }
}

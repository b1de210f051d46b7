package dev.annota.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.annota.identity.Role;

/** An organization's single sign-on configuration as stored: the client secret sealed ({@code sealedSecret}). */
record SsoConfiguration(UUID orgId, String issuerUri, String clientId, String sealedSecret, List<String> emailDomains,
                        Role defaultRole, boolean enabled, Instant updatedAt) {
}

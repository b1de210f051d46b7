package dev.annota.identity;

import java.util.UUID;

/**
 * Seals and opens an organization's single sign-on client secret. Declared here and implemented by {@code crypto}
 * (which depends on identity, so identity cannot call it): the secret is sealed under the organization's keyset,
 * bound to the organization, like the other tenant texts, and never stored in plain text.
 */
public interface ClientSecrets {

    String seal(UUID orgId, String secret);

    String open(UUID orgId, String stored);
}

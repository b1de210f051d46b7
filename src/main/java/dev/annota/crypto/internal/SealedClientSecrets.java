package dev.annota.crypto.internal;

import java.util.UUID;

import dev.annota.crypto.EncryptedColumn;
import dev.annota.crypto.EncryptedColumns;
import dev.annota.crypto.TenantCrypto;
import dev.annota.identity.ClientSecrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An organization's single sign-on client secret, sealed under its keyset and bound to the organization (the
 * configuration's row id is the organization's). identity declares {@link ClientSecrets} because it sits below crypto;
 * the column is registered here, so a key rotation re-encrypts it like the other sealed columns.
 */
@Configuration(proxyBeanMethods = false)
class SealedClientSecrets {

    static final EncryptedColumn CLIENT_SECRET = new EncryptedColumn("sso_configurations", "client_secret");

    @Bean
    EncryptedColumns singleSignOnColumns() {
        return new EncryptedColumns(CLIENT_SECRET);
    }

    @Bean
    ClientSecrets clientSecrets(TenantCrypto crypto) {
        return new ClientSecrets() {
            @Override
            public String seal(UUID orgId, String secret) {
                return crypto.seal(CLIENT_SECRET, orgId, orgId, secret);
            }

            @Override
            public String open(UUID orgId, String stored) {
                return crypto.open(CLIENT_SECRET, orgId, orgId, stored);
            }
        };
    }
}

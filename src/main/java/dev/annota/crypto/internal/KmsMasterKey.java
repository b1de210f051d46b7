package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.KmsClients;

/**
 * A master key held by a KMS (Google Cloud KMS, AWS KMS, …) through Tink's KMS clients: tenant keysets are wrapped and
 * unwrapped by the KMS, and the key itself never leaves it. The client comes from the classpath: Tink's
 * {@code tink-gcpkms} or {@code tink-awskms} integration jar (see docs/security.md), or any {@link KmsClient}
 * registered with {@link KmsClients#add} or as a {@link java.util.ServiceLoader} service.
 */
public final class KmsMasterKey implements MasterKey {

    private final String uri;
    private final Aead aead;

    private KmsMasterKey(String uri, Aead aead) {
        this.uri = uri;
        this.aead = aead;
    }

    public static KmsMasterKey connect(String uri, String credentialsFile) {
        Tink.init();
        try {
            KmsClient client = client(uri);
            client = credentialsFile.isBlank() ? client.withDefaultCredentials() : client.withCredentials(credentialsFile);
            return new KmsMasterKey(uri, client.getAead(uri));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No KMS client can use the master key " + uri + " (is the KMS integration jar "
                    + "on the classpath, and are its credentials set?): " + e.getMessage(), e);
        }
    }

    private static KmsClient client(String uri) throws GeneralSecurityException {
        try {
            return KmsClients.get(uri);
        } catch (GeneralSecurityException notRegistered) {
            return KmsClients.getAutoLoaded(uri);
        }
    }

    @Override
    public String id() {
        return uri;
    }

    @Override
    public String kind() {
        return "KMS";
    }

    @Override
    public Aead aead() {
        return aead;
    }
}

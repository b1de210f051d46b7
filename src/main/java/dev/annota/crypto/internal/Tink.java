package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.Security;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import org.conscrypt.Conscrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers Tink's AEAD and deterministic AEAD key managers once per JVM (idempotent). */
final class Tink {

    private static final Logger log = LoggerFactory.getLogger(Tink.class);

    private static volatile boolean registered;

    private Tink() {
    }

    static void init() {
        if (!registered) {
            synchronized (Tink.class) {
                if (!registered) {
                    installConscrypt();
                    try {
                        AeadConfig.register();
                        DeterministicAeadConfig.register();
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("Cannot register Tink's AEAD primitives", e);
                    }
                    registered = true;
                }
            }
        }
    }

    /**
     * Tink draws every nonce from a per-thread SecureRandom, and to create one it first looks for Conscrypt: by
     * provider name, then by {@code Class.forName("org.conscrypt.Conscrypt")}. Requests run on fresh virtual threads,
     * so without Conscrypt every sealing request paid a failed class lookup through all the executable jar's nested
     * jars — 11% of the server's CPU under the claim/submit load (JFR). Registered last, Conscrypt is found by name and
     * changes no JCE default; where its native library does not load, Tink falls back to the JDK as before.
     */
    private static void installConscrypt() {
        if (Security.getProvider("Conscrypt") != null) {
            return;
        }
        try {
            Security.addProvider(Conscrypt.newProvider());
        } catch (Throwable unavailable) {
            log.info("Conscrypt is not available on this platform ({}); Tink uses the JDK's SecureRandom", unavailable.toString());
        }
    }
}

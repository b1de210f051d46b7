package dev.annota.crypto.internal;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.aead.AeadConfig;

/** Registers Tink's AEAD key managers once per JVM (idempotent). */
final class Tink {

    private static volatile boolean registered;

    private Tink() {
    }

    static void init() {
        if (!registered) {
            synchronized (Tink.class) {
                if (!registered) {
                    try {
                        AeadConfig.register();
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("Cannot register Tink's AEAD primitives", e);
                    }
                    registered = true;
                }
            }
        }
    }
}

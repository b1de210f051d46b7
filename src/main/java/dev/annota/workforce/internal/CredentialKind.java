package dev.annota.workforce.internal;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a credential is; stored and sent lower-case. */
enum CredentialKind {
    DEGREE, LICENCE, CERTIFICATE;

    @JsonValue
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static CredentialKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}

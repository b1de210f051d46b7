package dev.annota.prediction.internal;

import java.util.Map;

/** The protocol each kind of service speaks. */
record ServiceProtocols(Map<ServiceKind, ServiceCall.Protocol> byKind) {

    ServiceCall.Protocol of(ServiceKind kind) {
        return byKind.get(kind);
    }
}

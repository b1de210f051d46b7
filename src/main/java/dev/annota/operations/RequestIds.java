package dev.annota.operations;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id of the request being served: taken from the caller's {@value #HEADER} when it is well-formed (a proxy's or a
 * client's own id, so one id follows a request through every hop), otherwise a new one. It is in the MDC under
 * {@value #MDC_KEY} for the whole request, so every log line written while serving it carries it, and it is answered
 * in the response header and in every problem document ({@code requestId}).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /**
     * What is taken from a caller: short, and only characters that cannot forge a log line or a header (no spaces,
     * quotes, control characters); UUIDs, ULIDs, nginx's {@code $request_id} and W3C trace ids all fit.
     */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The id of the request this thread serves, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** The caller's id if it is well-formed, otherwise a new random one. */
    public static String fromHeader(String header) {
        return header != null && WELL_FORMED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}

package dev.annota.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A sequenced event as the exact bytes that are hashed into the tree: one line of JSON with a fixed key order and no
 * whitespace, UTF-8. The download serves these bytes; the verifier hashes each line as it arrives and never needs to
 * re-serialize anything, so the format can gain fields later ("v" says which) without breaking old logs.
 */
public record AuditEntry(UUID tenantId, long index, UUID id, Instant at, String action, UUID actorId, UUID actorOrgId,
                         UUID projectId, UUID itemId, UUID assignmentId, long itemCount, UUID targetId, String detail) {

    /** Microseconds, always six digits, UTC: what both databases store, and one spelling per instant. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    public String line() {
        var b = new StringBuilder(400);
        b.append("{\"v\":1,\"index\":").append(index);
        field(b, "tenant", tenantId);
        field(b, "id", id);
        b.append(",\"at\":\"").append(TIME.format(at)).append('"');
        b.append(",\"action\":");
        string(b, action);
        field(b, "actor", actorId);
        field(b, "actor_org", actorOrgId);
        field(b, "project", projectId);
        field(b, "item", itemId);
        field(b, "assignment", assignmentId);
        b.append(",\"items\":").append(itemCount);
        field(b, "target", targetId);
        b.append(",\"detail\":");
        string(b, detail);
        return b.append('}').toString();
    }

    public byte[] bytes() {
        return line().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] leafHash() {
        return Merkle.leafHash(bytes());
    }

    private static void field(StringBuilder b, String name, UUID value) {
        b.append(",\"").append(name).append("\":");
        if (value == null) {
            b.append("null");
        } else {
            b.append('"').append(value).append('"');
        }
    }

    /** JSON string escaping: quote, backslash and control characters; everything else as is (UTF-8). */
    private static void string(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}

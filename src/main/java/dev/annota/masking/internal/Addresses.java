package dev.annota.masking.internal;

/** Whether a candidate is an IP address: the checks the detector's pattern cannot make. */
final class Addresses {

    private Addresses() {
    }

    static boolean ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || Integer.parseInt(p) > 255 || (p.length() > 1 && p.startsWith("0"))) {
                return false;
            }
        }
        return true;
    }

    /** Eight groups of up to 4 hex digits, or fewer with one "::"; the last two groups may be an IPv4 address. */
    static boolean ipv6(String s) {
        int groups = 8;
        String body = s;
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.') >= 0) {
            if (!ipv4(s.substring(lastColon + 1))) {
                return false;
            }
            body = s.substring(0, lastColon + 1) + "0";
            groups = 7;
        }
        int compressed = body.indexOf("::");
        if (compressed != body.lastIndexOf("::") || body.contains(":::")) {
            return false;
        }
        if (compressed < 0) {
            return groups(body) == groups;
        }
        // "::" stands for one or more groups of zeros: both sides hold fewer groups than the whole.
        int left = compressed == 0 ? 0 : groups(body.substring(0, compressed));
        int right = compressed + 2 == body.length() ? 0 : groups(body.substring(compressed + 2));
        return left >= 0 && right >= 0 && left + right < groups && left + right >= 1;
    }

    /** How many groups of 1 to 4 hex digits {@code s} holds, separated by single colons; -1 if not such groups. */
    private static int groups(String s) {
        String[] parts = s.split(":", -1);
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 4) {
                return -1;
            }
        }
        return parts.length;
    }
}

package dev.annota.masking.internal;

import java.math.BigInteger;

/**
 * The built-in detectors (docs/trust.md, "Personal data masked before a person sees it"): their patterns find
 * candidates, their checks (Luhn, mod 97, address ranges, entropy) keep the real ones.
 */
final class Detectors {

    static final String EMAIL = "EMAIL";
    static final String PHONE = "PHONE";
    static final String CARD = "CARD";
    static final String IBAN = "IBAN";
    static final String IP = "IP";
    static final String SECRET = "SECRET";

    private Detectors() {
    }

    static Detector email() {
        return PatternDetector.of(EMAIL,
                "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])",
                s -> !s.startsWith(".") && !s.contains(".."));
    }

    /** 13 to 19 digits, in groups separated by single spaces or dashes, passing the Luhn check. */
    static Detector card() {
        return PatternDetector.of(CARD, "(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?!\\d)", s -> luhn(s.replaceAll("[ -]", "")));
    }

    /** A country code, two check digits and 11 to 30 letters or digits (spaces every 4 allowed), passing mod 97. */
    static Detector iban() {
        return PatternDetector.of(IBAN, "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])",
                s -> mod97(s.replace(" ", "")));
    }

    /** IPv4 dotted quads (each part 0–255) and IPv6 addresses (full, compressed, with an IPv4 tail). */
    static Detector ip() {
        return PatternDetector.of(IP,
                "(?<![\\w.:])(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\\.\\d{1,3}){0,3})(?!\\w|:[0-9A-Fa-f]*:|\\.\\d)",
                s -> s.contains(":") ? Addresses.ipv6(s) : Addresses.ipv4(s));
    }

    static boolean luhn(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        // All zeros pass Luhn but are no card: a placeholder in forms, not personal data.
        return sum % 10 == 0 && !digits.chars().allMatch(c -> c == '0');
    }

    /** ISO 13616: the country and check digits moved to the end, letters as 10–35, the number mod 97 is 1. */
    static boolean mod97(String iban) {
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        var digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}

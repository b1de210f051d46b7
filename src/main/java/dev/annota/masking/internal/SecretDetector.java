package dev.annota.masking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys, tokens and other secrets: first the well-known shapes (their prefixes say what they are), then any other
 * long token whose characters look random. A token is a run of letters, digits and {@code _ - . / + =}.
 * <ul>
 * <li>{@code sk-…} (OpenAI, Anthropic {@code sk-ant-…}; 20+ characters after the prefix), {@code sk_live_ sk_test_
 * rk_live_ pk_live_} (Stripe), {@code ghp_ gho_ ghu_ ghs_ ghr_} and {@code github_pat_} (GitHub), {@code glpat-}
 * (GitLab), {@code AKIA ASIA} + 16 (AWS access key ids), {@code xoxb- xoxp- xoxa- xoxr- xoxs-} (Slack),
 * {@code AIza} + 35 (Google API keys), {@code hf_} (Hugging Face), {@code SG.} (SendGrid);</li>
 * <li>JSON Web Tokens: three base64url parts, the first two starting {@code eyJ} (a JSON object);</li>
 * <li>high entropy: 24+ characters with letters and digits, at least 4.0 bits of Shannon entropy per character
 * (English words and ids stay below; random base64 of that length is above about 4.3).</li>
 * </ul>
 */
class SecretDetector implements Detector {

    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_\\-./+])[A-Za-z0-9_\\-./+]{16,}={0,2}");
    private static final Pattern KNOWN = Pattern.compile(String.join("|",
            "sk-(?:ant-|proj-)?[A-Za-z0-9_\\-]{20,}",
            "(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}",
            "gh[pousr]_[A-Za-z0-9]{30,}",
            "github_pat_[A-Za-z0-9_]{22,}",
            "glpat-[A-Za-z0-9_\\-]{20,}",
            "(?:AKIA|ASIA)[A-Z0-9]{16}",
            "xox[abposr]-[A-Za-z0-9\\-]{10,}",
            "AIza[A-Za-z0-9_\\-]{35}",
            "hf_[A-Za-z0-9]{30,}",
            "SG\\.[A-Za-z0-9_\\-]{16,}\\.[A-Za-z0-9_\\-]{16,}",
            "eyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}"));
    static final double MIN_ENTROPY = 4.0;
    static final int MIN_RANDOM_LENGTH = 24;

    @Override
    public String type() {
        return Detectors.SECRET;
    }

    @Override
    public List<Finding> find(String text) {
        var found = new ArrayList<Finding>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            // A sentence's full stop (or a URL's slash) is not part of the token it follows.
            int end = m.end();
            while (end > m.start() && ".=/".indexOf(text.charAt(end - 1)) >= 0 && !token.endsWith("==")) {
                end--;
            }
            token = text.substring(m.start(), end);
            Matcher known = KNOWN.matcher(token);
            if (known.find()) {
                found.add(new Finding(m.start() + known.start(), m.start() + known.end(), type()));
            } else if (random(token)) {
                found.add(new Finding(m.start(), end, type()));
            }
        }
        return found;
    }

    static boolean random(String token) {
        if (token.length() < MIN_RANDOM_LENGTH || token.contains(".") || token.chars().filter(c -> c == '/').count() > 2) {
            // File, host and class names have dots, paths and URLs slashes: runs of words, not secrets (base64 and
            // hex have no dot; the dotted secrets, JWTs and SendGrid keys, are known shapes above).
            return false;
        }
        boolean letters = token.chars().anyMatch(Character::isLetter);
        boolean digits = token.chars().anyMatch(Character::isDigit);
        return letters && digits && entropy(token) >= MIN_ENTROPY;
    }

    /** Shannon entropy of the token's characters, in bits per character. */
    static double entropy(String token) {
        int[] counts = new int[128];
        token.chars().forEach(c -> counts[c & 127]++);
        double bits = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / token.length();
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits;
    }
}

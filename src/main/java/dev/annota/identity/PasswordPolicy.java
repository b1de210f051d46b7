package dev.annota.identity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

/**
 * What a password a person chooses must be: at least 12 characters (NIST SP 800-63B asks for 8 at least and a check
 * against known-breached passwords; 12 leaves room), at most 256 (Argon2 hashes every character of every login
 * attempt), and not one of the common or breached passwords of {@code common-passwords.txt}, ignoring case (its source
 * and licence: {@code common-passwords.NOTICE.txt} beside it). No rules about character classes: they make passwords
 * harder to remember, not to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private static final PasswordPolicy STANDARD = new PasswordPolicy();

    private final LengthRule length = new LengthRule(MIN_LENGTH, MAX_LENGTH);
    private final DictionaryRule common;

    private PasswordPolicy() {
        try (Reader list = new InputStreamReader(PasswordPolicy.class.getResourceAsStream("common-passwords.txt"),
                StandardCharsets.UTF_8)) {
            common = new DictionaryRule(new WordListDictionary(WordLists.createFromReader(new Reader[]{list}, false,
                    new ArraysSort())));
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords cannot be read", e);
        }
    }

    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** Why the password is refused, in words for the person choosing it; empty if it is acceptable. */
    public Optional<String> refusal(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        var data = new PasswordData(password);
        if (!length.validate(data).isValid()) {
            return Optional.of(password.length() < MIN_LENGTH
                    ? "A password needs at least " + MIN_LENGTH + " characters; this one has " + password.length() + "."
                    : "A password may have at most " + MAX_LENGTH + " characters.");
        }
        if (!common.validate(data).isValid()) {
            return Optional.of("This password is on a list of common or breached passwords, so it is among the first an "
                    + "attacker tries. Choose another, for example a few unrelated words.");
        }
        return Optional.empty();
    }
}

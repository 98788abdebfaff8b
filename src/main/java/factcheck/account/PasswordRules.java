package factcheck.account;

import factcheck.input.InvalidFieldException;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be. Length is what makes passwords strong (NIST SP 800-63B): at least 12 characters, any
 * characters, no composition rules; at most 72 bytes, because bcrypt ignores the rest. Passwords from the top of
 * breach lists and the username itself are refused.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "password1234", "password12345", "passwordpassword",
            "qwertyuiop12", "qwertyuiopasdf", "111111111111", "000000000000", "iloveyou1234",
            "adminadmin12", "administrator", "letmein12345", "welcome12345", "changeme1234",
            "factcheck123", "factchecker1", "workbench123", "abcdefghijkl", "abc123abc123");

    private PasswordRules() {
    }

    static void check(String password, String username, String field) {
        if (password == null || password.isEmpty()) {
            throw new InvalidFieldException(field, "Enter a password.");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidFieldException(field, "Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidFieldException(field, "Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES
                    + " letters); longer passwords are cut short by the hashing.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidFieldException(field, "The password must not contain the username.");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new InvalidFieldException(field, "This password is too easy to guess; choose another.");
        }
    }
}

package factcheck.input;

/** Checks for free-text request fields, shared by the API and the pages so both give the same messages. */
public final class Texts {

    /** PostgreSQL cannot store U+0000 in text, so no request value may hold it. */
    public static final String NUL_MESSAGE = "Contains a NUL character (U+0000), which cannot be stored.";

    private Texts() {
    }

    /** The stripped value, or null when absent or blank. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(field, value.strip(), maxLength);
    }

    /** The stripped value; blank or absent is refused with {@code missingMessage}. */
    public static String required(String field, String value, int maxLength, String missingMessage) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, missingMessage);
        }
        return checked(field, value.strip(), maxLength);
    }

    private static String checked(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, "At most " + maxLength + " characters, not " + value.length() + ".");
        }
        if (hasNul(value)) {
            throw new InvalidFieldException(field, NUL_MESSAGE);
        }
        return value;
    }

    public static boolean hasNul(String value) {
        return value.indexOf('\0') >= 0;
    }
}

package factcheck.web;

/** Checks for free-text request fields, shared by the API and the pages so both give the same messages. */
public final class Texts {

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
        if (value.indexOf('\0') >= 0) {
            throw new InvalidFieldException(field, "The text contains a NUL character.");
        }
        return value;
    }
}

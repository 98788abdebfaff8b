package factcheck.claim;

import factcheck.input.InvalidFieldException;

import java.util.Locale;

/** Which part of a split claim keeps its review: {@code first} or {@code second}; none when not named. */
public enum SplitPart {
    FIRST, SECOND;

    static final String FIELD = "keep";

    /** The part named in a request, or null for none. */
    public static SplitPart parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(FIELD, "'" + value.strip() + "' is not a part: keep the review on"
                    + " \"first\" or \"second\", or leave keep out so that neither part keeps it.");
        }
    }
}

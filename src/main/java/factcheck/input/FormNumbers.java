package factcheck.input;

/** Whole numbers typed into forms, such as character positions: blank for none, a message otherwise. */
public final class FormNumbers {

    private FormNumbers() {
    }

    public static Integer optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "'" + value.strip() + "' is not a whole number.");
        }
    }

    /** An optional id of an article, claim or the like. */
    public static Long optionalId(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "'" + value.strip() + "' is not an id.");
        }
    }
}

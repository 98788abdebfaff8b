package factcheck.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates typed into forms: ISO (what a date input sends), blank for none, a message otherwise. */
public final class FormDates {

    private FormDates() {
    }

    public static LocalDate optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "'" + value.strip() + "' is not a date like 2024-03-22.");
        }
    }
}

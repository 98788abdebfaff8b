package factcheck.input;

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
            return plausible(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "'" + value.strip() + "' is not a date like 2024-03-22.");
        }
    }

    /**
     * The date, if it lies in years 1 to 9999. ISO dates (and JSON bodies) allow years like +999999999, which the
     * database cannot store and no publication has.
     */
    public static LocalDate plausible(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
            throw new InvalidFieldException(field, "The year " + date.getYear() + " is not a publication year: dates"
                    + " must lie in the years 1 to 9999.");
        }
        return date;
    }
}

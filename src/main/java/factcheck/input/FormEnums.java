package factcheck.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values typed into forms and query parameters: any case, blank for none, a message naming the choices. */
public final class FormEnums {

    private FormEnums() {
    }

    public static <E extends Enum<E>> E optional(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidFieldException(field, "'" + value + "' is not a valid " + field + "; allowed values: "
                    + allowed + ".");
        }
    }
}

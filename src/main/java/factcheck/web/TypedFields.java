package factcheck.web;

import io.quarkus.qute.TemplateExtension;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The type of a date or URL field that a refused form shows again with what was typed. HTML requires a date
 * field's value to be a date and a URL field's to be an absolute URL; a browser checks both before it sends a form,
 * but a link or another client can send anything. A value the field cannot hold is shown in a text field instead,
 * as it was typed, beside the message that refuses it.
 */
@TemplateExtension(namespace = "field")
public final class TypedFields {

    private static final String TEXT = "text";

    private TypedFields() {
    }

    /** {@code {#field … type=field:dateType(form.from) /}}: "date", or "text" for a value that is no date (yyyy-MM-dd). */
    public static String dateType(String typed) {
        if (typed == null || typed.isEmpty()) {
            return "date";
        }
        try {
            return LocalDate.parse(typed).getYear() > 0 ? "date" : TEXT;
        } catch (DateTimeParseException e) {
            return TEXT;
        }
    }

    /** {@code {#field … type=field:urlType(form.url) /}}: "url", or "text" for a value that is no absolute URL. */
    public static String urlType(String typed) {
        if (typed == null || typed.isBlank()) {
            return "url";
        }
        try {
            return new URI(typed.strip()).isAbsolute() ? "url" : TEXT;
        } catch (URISyntaxException e) {
            return TEXT;
        }
    }
}

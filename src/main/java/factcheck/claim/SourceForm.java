package factcheck.claim;

import factcheck.web.InvalidFieldException;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The claim page's form for attaching a source. Values stay text so a wrong one is shown back with its message. */
public class SourceForm {

    @RestForm
    public String url;

    @RestForm
    public String title;

    @RestForm
    public String publisher;

    @RestForm
    public String excerpt;

    @RestForm
    public String stance;

    @RestForm
    public String publishedOn;

    SourceDraft toDraft() {
        return new SourceDraft(url, title, publisher, excerpt, parseStance(), parseDate());
    }

    public boolean isStance(String value) {
        return value.equals(stance);
    }

    private Stance parseStance() {
        if (stance == null || stance.isBlank()) {
            return null;
        }
        try {
            return Stance.valueOf(stance);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("stance", "Choose a stance: SUPPORTS, REFUTES or CONTEXT.");
        }
    }

    private LocalDate parseDate() {
        if (publishedOn == null || publishedOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(publishedOn.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("publishedOn", "'" + publishedOn.strip() + "' is not a date like 2024-03-22.");
        }
    }
}

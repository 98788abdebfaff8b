package factcheck.workbench;

import factcheck.claim.SourceDraft;
import factcheck.claim.Stance;
import factcheck.input.FormDates;
import factcheck.input.InvalidFieldException;
import org.jboss.resteasy.reactive.RestForm;

/** The claim page's form for attaching a source. Values stay text so a wrong one is shown back with its message. */
class SourceForm {

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
        return new SourceDraft(url, title, publisher, excerpt, parseStance(),
                FormDates.optional("publishedOn", publishedOn));
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
}

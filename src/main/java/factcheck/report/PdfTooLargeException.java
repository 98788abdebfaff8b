package factcheck.report;

import factcheck.problem.DomainProblemException;

import java.util.List;
import java.util.Map;

/** A report with more claims than one PDF may hold: laying it out would take minutes and gigabytes. */
public class PdfTooLargeException extends DomainProblemException {

    private final int claims;
    private final int maxClaims;

    PdfTooLargeException(int claims, int maxClaims) {
        super(422, "This report holds " + claims + " claims; a PDF holds at most " + maxClaims + ". Download it as"
                + " HTML (and print that), Markdown, CSV or JSON, or narrow it with a filter on the reports page.");
        this.claims = claims;
        this.maxClaims = maxClaims;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("claims", claims, "maxClaims", maxClaims, "otherFormats", List.of("html", "md", "csv", "json"));
    }
}

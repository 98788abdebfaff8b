package factcheck.report;

import factcheck.problem.DomainProblemException;

import java.time.Duration;

/** Laying a report out as PDF ran past its time limit and was stopped. */
public class PdfTimeLimitException extends DomainProblemException {

    PdfTimeLimitException(Duration limit) {
        super(422, "This report took longer than " + limit.toSeconds() + " s to lay out as PDF, so it was stopped."
                + " Download it as HTML (and print that), Markdown, CSV or JSON, or narrow it with a filter.");
    }
}

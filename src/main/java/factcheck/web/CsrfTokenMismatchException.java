package factcheck.web;

import factcheck.problem.DomainProblemException;

/** A form came back without this browser's CSRF token: sent from another site, or from a page too old. */
public class CsrfTokenMismatchException extends DomainProblemException {

    public CsrfTokenMismatchException() {
        super(403, "This form could not be checked as coming from this site. Reload the page and send it again.");
    }
}

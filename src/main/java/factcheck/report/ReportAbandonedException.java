package factcheck.report;

import factcheck.problem.DomainProblemException;

/**
 * The client closed the connection while its PDF was being laid out, so the work stopped. Nobody receives the
 * answer; the status is nginx's "client closed request", which keeps the access log truthful.
 */
class ReportAbandonedException extends DomainProblemException {

    ReportAbandonedException() {
        super(499, "The client closed the connection before the PDF was ready.");
    }
}

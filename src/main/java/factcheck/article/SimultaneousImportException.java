package factcheck.article;

import factcheck.problem.DomainProblemException;

/** Someone else imported the same text at the same moment, and their import was saved first. */
public class SimultaneousImportException extends DomainProblemException {

    public SimultaneousImportException() {
        super(409, "The same text was imported by someone else a moment ago. Find it in the article list.");
    }
}

package factcheck.article;

import factcheck.problem.DomainProblemException;

public class ArticleTooLargeException extends DomainProblemException {

    public ArticleTooLargeException(long sizeBytes, long maxBytes) {
        super(413, "The text is " + sizeBytes + " bytes; the largest article accepted is " + maxBytes + " bytes.");
    }
}

package factcheck.article;

import factcheck.problem.DomainProblemException;

/** An upload that is not a text file the workbench can read. */
public class UnsupportedFileException extends DomainProblemException {

    public UnsupportedFileException(String message) {
        super(415, message);
    }
}

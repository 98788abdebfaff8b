package factcheck.web;

import factcheck.problem.DomainProblemException;

/** A request body labelled with something that is not a media type, so nothing can read it. */
public class UnreadableContentTypeException extends DomainProblemException {

    public UnreadableContentTypeException(String contentType) {
        super(415, "'" + contentType + "' is not a media type. Send the type of the body in Content-Type, such as"
                + " application/json.");
    }
}

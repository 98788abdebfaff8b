package factcheck.web;

import factcheck.problem.DomainProblemException;

/** A change that does not say which version it is based on: it could overwrite someone else's work unseen. */
public class PreconditionRequiredException extends DomainProblemException {

    public PreconditionRequiredException() {
        super(428, "Say which version this change is based on: send If-Match with the ETag of your last read"
                + " (such as \"3\"), or a version field. If-Match: * overwrites whatever is there.");
    }
}

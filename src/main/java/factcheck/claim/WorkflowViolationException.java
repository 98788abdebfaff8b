package factcheck.claim;

import factcheck.problem.DomainProblemException;

/** A well-formed change the review workflow does not allow, such as REVIEWED without a verdict. */
public class WorkflowViolationException extends DomainProblemException {

    public WorkflowViolationException(String message) {
        super(422, message);
    }
}

package factcheck.account;

import factcheck.problem.DomainProblemException;

/** Refuses the change that would leave nobody able to manage accounts. */
public class LastAdminException extends DomainProblemException {

    public LastAdminException() {
        super(409, "This is the last enabled admin: make someone else an admin first.");
    }
}

package factcheck.account;

import factcheck.problem.DomainProblemException;

public class UsernameTakenException extends DomainProblemException {

    public UsernameTakenException(String username) {
        super(409, "The username '" + username + "' is taken.");
    }
}

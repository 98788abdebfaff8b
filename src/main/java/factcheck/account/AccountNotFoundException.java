package factcheck.account;

import factcheck.problem.ResourceNotFoundException;

public class AccountNotFoundException extends ResourceNotFoundException {

    public AccountNotFoundException(String username) {
        super("There is no user '" + username + "'.");
    }
}

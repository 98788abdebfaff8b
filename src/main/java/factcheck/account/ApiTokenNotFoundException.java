package factcheck.account;

import factcheck.problem.ResourceNotFoundException;

public class ApiTokenNotFoundException extends ResourceNotFoundException {

    public ApiTokenNotFoundException(long id) {
        super("API token", id);
    }
}

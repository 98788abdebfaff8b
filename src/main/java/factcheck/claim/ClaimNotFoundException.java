package factcheck.claim;

import factcheck.problem.ResourceNotFoundException;

public class ClaimNotFoundException extends ResourceNotFoundException {

    public ClaimNotFoundException(long id) {
        super("Claim", id);
    }
}

package factcheck.claim;

import factcheck.web.ResourceNotFoundException;

public class ClaimNotFoundException extends ResourceNotFoundException {

    public ClaimNotFoundException(long id) {
        super("Claim", id);
    }
}

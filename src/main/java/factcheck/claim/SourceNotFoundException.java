package factcheck.claim;

import factcheck.problem.ResourceNotFoundException;

public class SourceNotFoundException extends ResourceNotFoundException {

    public SourceNotFoundException(long id) {
        super("Source", id);
    }
}

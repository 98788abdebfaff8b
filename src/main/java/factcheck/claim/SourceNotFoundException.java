package factcheck.claim;

import factcheck.web.ResourceNotFoundException;

public class SourceNotFoundException extends ResourceNotFoundException {

    public SourceNotFoundException(long id) {
        super("Source", id);
    }
}

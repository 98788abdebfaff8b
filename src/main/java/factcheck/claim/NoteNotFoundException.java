package factcheck.claim;

import factcheck.web.ResourceNotFoundException;

public class NoteNotFoundException extends ResourceNotFoundException {

    public NoteNotFoundException(long id) {
        super("Note", id);
    }
}

package factcheck.claim;

import factcheck.problem.ResourceNotFoundException;

public class NoteNotFoundException extends ResourceNotFoundException {

    public NoteNotFoundException(long id) {
        super("Note", id);
    }
}

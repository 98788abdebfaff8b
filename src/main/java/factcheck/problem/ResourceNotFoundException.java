package factcheck.problem;

/** Something addressed by id does not exist (any more). Each feature names its own subclass. */
public abstract class ResourceNotFoundException extends RuntimeException {

    protected ResourceNotFoundException(String what, long id) {
        super(what + " " + id + " does not exist.");
    }

    protected ResourceNotFoundException(String message) {
        super(message);
    }
}

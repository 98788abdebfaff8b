package factcheck.problem;

import java.util.Map;

/**
 * A domain rule the request breaks, with the HTTP status that says so. Subclasses are named for what went
 * wrong ({@code DuplicateArticleException}, {@code StaleClaimException}) and may add problem members.
 */
public abstract class DomainProblemException extends RuntimeException {

    private final int status;

    protected DomainProblemException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Extra members of the problem document, such as the id of a conflicting resource. */
    public Map<String, Object> extensions() {
        return Map.of();
    }
}

package factcheck.claim;

import factcheck.problem.DomainProblemException;
import factcheck.problem.FieldError;

import java.util.List;
import java.util.Map;

/** A verdict without a rationale: readers would get a rating with no reasoning behind it. */
public class MissingRationaleException extends DomainProblemException {

    public static final String FIELD = "rationale";

    public MissingRationaleException() {
        super(422, "A verdict needs a rationale: write what the verdict rests on; it is published with the verdict.");
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("errors", List.of(new FieldError(FIELD, getMessage())));
    }
}

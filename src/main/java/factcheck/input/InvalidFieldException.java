package factcheck.input;

/** A request value that breaks a rule: shown next to its field on pages, as a 400 problem in the API. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

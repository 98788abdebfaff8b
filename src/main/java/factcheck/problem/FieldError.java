package factcheck.problem;

/** One invalid field of a request, as problem documents list it under {@code errors}. */
public record FieldError(String field, String message) {
}

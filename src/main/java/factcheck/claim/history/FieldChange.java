package factcheck.claim.history;

/** One field of one change: its value before and after (null for none, as when created or deleted). */
public record FieldChange(String field, Object from, Object to) {
}

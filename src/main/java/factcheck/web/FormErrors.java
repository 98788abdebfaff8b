package factcheck.web;

import factcheck.input.InvalidFieldException;

import java.util.Map;

/** Messages for a re-rendered form, keyed by the field they belong next to. */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> messages;

    private FormErrors(Map<String, String> messages) {
        this.messages = messages;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    public static FormErrors of(InvalidFieldException e) {
        return of(e.field(), e.getMessage());
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.get(field);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}

package factcheck.claim;

import factcheck.extraction.ClaimKind;
import factcheck.input.FormEnums;
import factcheck.input.FormNumbers;
import factcheck.input.InvalidFieldException;
import factcheck.input.PageRequest;

/**
 * Which claims to list, across articles: every criterion optional. Built from query parameters as a person or a
 * script typed them, so each mistake gets its own message.
 */
public record ClaimFilter(ClaimStatus status, Verdict verdict, ClaimKind kind, Long articleId, String text,
                          Order order, PageRequest page) {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 25;
    static final int TEXT_MAX = 200;

    /** How the list is sorted. */
    public enum Order {
        /** Most recently changed first. */
        DATE,
        /** Most check-worthy first. */
        SCORE
    }

    public static ClaimFilter parse(String status, String verdict, String kind, String article, String text,
                                    String sort, String page, String size) {
        return new ClaimFilter(
                FormEnums.optional("status", status, ClaimStatus.class),
                FormEnums.optional("verdict", verdict, Verdict.class),
                FormEnums.optional("kind", kind, ClaimKind.class),
                FormNumbers.optionalId("article", article),
                parseText(text),
                sort == null || sort.isBlank() ? Order.DATE : FormEnums.optional("sort", sort, Order.class),
                PageRequest.parse(blankTo(page, "0"), blankTo(size, String.valueOf(DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE));
    }

    public boolean hasText() {
        return text != null;
    }

    private static String parseText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new InvalidFieldException("q", "Search for at most " + TEXT_MAX + " characters.");
        }
        return stripped;
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}

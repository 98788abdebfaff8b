package factcheck.claim;

import factcheck.input.InvalidFieldException;

/** A stretch {@code [start, end)} of an article's text, as a reviewer marks it. */
record Span(int start, int end) {

    /**
     * The requested stretch without the white space around it.
     *
     * @throws InvalidFieldException when it lies outside the text or holds nothing but white space
     */
    static Span within(String text, Integer start, Integer end) {
        if (start == null || start < 0 || start >= text.length()) {
            throw new InvalidFieldException("start", "Start must be a character position in the text, from 0 to "
                    + (text.length() - 1) + ".");
        }
        if (end == null || end <= start || end > text.length()) {
            throw new InvalidFieldException("end", "End must lie after start and at most at the end of the text ("
                    + text.length() + ").");
        }
        Span span = trimmed(text, start, end);
        if (span == null) {
            throw new InvalidFieldException("end", "The selected text is only white space.");
        }
        return span;
    }

    /** The stretch without surrounding white space, or null when nothing else is in it. */
    static Span trimmed(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == to ? null : new Span(from, to);
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}

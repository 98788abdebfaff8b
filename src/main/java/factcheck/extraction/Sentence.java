package factcheck.extraction;

/**
 * A sentence-like segment of a text, as character offsets into that text (end exclusive).
 * Offsets are trimmed: the segment never starts or ends with whitespace.
 */
public record Sentence(int start, int end) {

    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid sentence span " + start + ".." + end);
        }
    }

    /** The sentence text, cut out of the text it was segmented from. */
    public String textIn(String text) {
        return text.substring(start, end);
    }
}

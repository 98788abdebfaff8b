package factcheck.extraction;

/**
 * A paragraph of a text: a run of non-blank lines between blank lines, as character offsets into
 * that text (end exclusive), trimmed of surrounding whitespace like {@link Sentence}.
 */
public record Paragraph(int start, int end) {

    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid paragraph span " + start + ".." + end);
        }
    }

    /** The paragraph text, cut out of the text it was segmented from. */
    public String textIn(String text) {
        return text.substring(start, end);
    }

    /** True when the sentence lies inside this paragraph. */
    public boolean contains(Sentence sentence) {
        return sentence.start() >= start && sentence.end() <= end;
    }
}

package factcheck.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts user text into Markdown so that it renders exactly as typed: a claim like "*50%* of [people]" stays
 * literal instead of becoming emphasis and a link. Only characters that can start Markdown syntax are escaped,
 * so the report still reads well as plain text.
 */
final class MarkdownText {

    /** Characters that start inline syntax anywhere in a line (emphasis, code, links, HTML, entities, tables). */
    private static final String INLINE_SPECIALS = "\\`*_[]<>&|~";

    /** What makes a line a heading, list item, quote, thematic break or setext underline. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#|[-+=]|\\d{1,9}[.)])");

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|\n");

    private MarkdownText() {
    }

    /** Escapes one line of text; line breaks become spaces, since the caller puts the text inside a line. */
    static String inline(String text) {
        return escapeLine(LINE_BREAK.matcher(text).replaceAll(" ").strip());
    }

    /**
     * Escapes text that may span lines (a rationale) as a block quote: each line keeps its place, and blank lines
     * keep separating paragraphs without ending the quote.
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder();
        for (String line : LINE_BREAK.split(text.strip(), -1)) {
            String escaped = escapeLine(line.strip());
            quoted.append(escaped.isEmpty() ? ">" : "> " + escaped).append('\n');
        }
        return quoted.toString();
    }

    /**
     * The article's text with each claim in bold after its number ("**[3] The attack killed 140 people.**"),
     * keeping the text's lines and paragraphs.
     */
    static String marked(List<MarkedText> parts) {
        StringBuilder md = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (MarkedText part : parts) {
            String[] lines = LINE_BREAK.split(part.text(), -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    md.append(line).append('\n');
                    line.setLength(0);
                }
                boolean startsLine = line.isEmpty();
                String piece = startsLine ? lines[i].stripLeading() : lines[i];
                if (piece.isEmpty()) {
                    continue;
                }
                String escaped = startsLine ? escapeLine(piece) : escapeSpecials(piece);
                line.append(part.claim() == null ? escaped : "**[" + part.claim().number() + "] " + escaped.strip() + "**");
            }
        }
        return md.append(line).append('\n').toString();
    }

    // Leading whitespace is stripped by the callers: four spaces would turn the line into a code block.
    private static String escapeLine(String line) {
        StringBuilder escaped = new StringBuilder(escapeSpecials(line));
        var blockStart = BLOCK_START.matcher(escaped);
        if (blockStart.find()) {
            // Escape the marker's last character: "\#", "\-", "1\." are all literal text in CommonMark.
            escaped.insert(blockStart.end() - 1, '\\');
        }
        return escaped.toString();
    }

    private static String escapeSpecials(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

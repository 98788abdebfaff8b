package factcheck.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences with exact character offsets.
 *
 * <p>Paragraphs end at blank lines. A line without final punctuation (a heading, title or
 * byline) is a segment of its own unless it visibly continues on the next line (the next line
 * starts in lower case, or the line ends with a comma, colon or a word such as "the").
 * A list item ("- ", "* ", "• ", "1. ") always starts a new segment, after its marker.
 * Inside a block, a sentence ends at . ! ? (and any closing quotes or brackets) followed by
 * whitespace and something that can start a sentence, except after abbreviations and initials.
 * The scan is a single linear pass, so arbitrarily long input is safe.
 */
public final class SentenceSegmenter {

    private static final String CONTINUING_LINE_ENDS = ",;:-–—(/&";
    private static final Set<String> CONTINUING_LAST_WORDS = Set.of(
            "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "from",
            "that", "which", "who", "at", "as", "is", "are", "was", "were", "but");

    /** Segments the whole text; never returns segments without a letter or digit. */
    public List<Sentence> segment(String text) {
        List<Sentence> out = new ArrayList<>();
        int[] lines = lines(text);
        int lineCount = lines[0];
        Terminals terminals = new Terminals(text);
        int blockStart = -1;
        int blockEnd = -1;
        for (int i = 0; i < lineCount; i++) {
            int lineStart = lines[1 + 2 * i];
            int lineEnd = lines[2 + 2 * i];
            if (TextScan.isBlank(text, lineStart, lineEnd)) {
                blockStart = flush(text, blockStart, blockEnd, terminals, out);
                continue;
            }
            int item = ListItems.contentStart(text, lineStart, lineEnd);
            if (item >= 0) {
                flush(text, blockStart, blockEnd, terminals, out);
                blockStart = item;
            } else if (blockStart < 0) {
                blockStart = lineStart;
            }
            blockEnd = lineEnd;
            boolean hasNext = i + 1 < lineCount;
            if (!endsWithTerminal(text, lineStart, lineEnd) && !(hasNext
                    && continuesOnto(text, lineStart, lineEnd, lines[3 + 2 * i], lines[4 + 2 * i]))) {
                blockStart = flush(text, blockStart, blockEnd, terminals, out);
            }
        }
        flush(text, blockStart, blockEnd, terminals, out);
        return out;
    }

    /**
     * Splits the text into paragraphs at blank lines, with trimmed offsets. Every sentence returned
     * by {@link #segment(String)} lies inside exactly one paragraph.
     */
    public List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        int[] lines = lines(text);
        for (int i = 0; i < lines[0]; i++) {
            int lineStart = lines[1 + 2 * i];
            int lineEnd = lines[2 + 2 * i];
            if (TextScan.isBlank(text, lineStart, lineEnd)) {
                addParagraph(text, start, end, out);
                start = -1;
            } else {
                start = start < 0 ? lineStart : start;
                end = lineEnd;
            }
        }
        addParagraph(text, start, end, out);
        return out;
    }

    private static void addParagraph(String text, int from, int to, List<Paragraph> out) {
        if (from >= 0) {
            out.add(new Paragraph(TextScan.firstNonSpace(text, from, to), TextScan.lastNonSpace(text, from, to) + 1));
        }
    }

    /**
     * Lines end at "\n", "\r" or "\r\n".
     *
     * @return the number of lines, then the start and end offset of each, in one array: no
     *         object per line
     */
    private static int[] lines(String text) {
        int[] lines = new int[65];
        int count = 0;
        int start = 0;
        int n = text.length();
        int nextLf = text.indexOf('\n');
        int nextCr = text.indexOf('\r');
        while (nextLf >= 0 || nextCr >= 0) {
            int i = nextCr < 0 || nextLf >= 0 && nextLf < nextCr ? nextLf : nextCr;
            lines = addLine(lines, count++, start, i);
            if (i == nextCr && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
            if (nextLf >= 0 && nextLf < start) {
                nextLf = text.indexOf('\n', start);
            }
            if (nextCr >= 0 && nextCr < start) {
                nextCr = text.indexOf('\r', start);
            }
        }
        lines = addLine(lines, count++, start, n);
        lines[0] = count;
        return lines;
    }

    private static int[] addLine(int[] lines, int index, int start, int end) {
        int[] grown = 2 + 2 * index < lines.length ? lines : Arrays.copyOf(lines, lines.length * 2);
        grown[1 + 2 * index] = start;
        grown[2 + 2 * index] = end;
        return grown;
    }

    private int flush(String text, int from, int to, Terminals terminals, List<Sentence> out) {
        if (from >= 0) {
            splitBlock(text, from, to, terminals, out);
        }
        return -1;
    }

    private static boolean endsWithTerminal(String text, int from, int to) {
        int i = TextScan.lastNonSpace(text, from, to);
        while (i >= from && Punctuation.isCloser(text.charAt(i))) {
            i--;
        }
        return i >= from && (Punctuation.isTerminal(text.charAt(i)) || Punctuation.isCjkTerminal(text.charAt(i)));
    }

    /** True when the line visibly continues on the next line, from {@code nextStart} to {@code nextEnd}. */
    private static boolean continuesOnto(String text, int lineStart, int lineEnd, int nextStart, int nextEnd) {
        if (TextScan.isBlank(text, nextStart, nextEnd) || ListItems.contentStart(text, nextStart, nextEnd) >= 0) {
            return false;
        }
        int last = TextScan.lastNonSpace(text, lineStart, lineEnd);
        if (CONTINUING_LINE_ENDS.indexOf(text.charAt(last)) >= 0) {
            return true;
        }
        int first = TextScan.firstNonSpace(text, nextStart, nextEnd);
        if (Character.isLowerCase(text.charAt(first))) {
            return true;
        }
        String lastWord = text.substring(TextScan.wordStartBefore(text, lineStart, last + 1), last + 1)
                .toLowerCase(Locale.ROOT);
        return CONTINUING_LAST_WORDS.contains(lastWord);
    }

    /** Cuts a block into sentences, visiting only its terminals. */
    private static void splitBlock(String text, int from, int to, Terminals terminals, List<Sentence> out) {
        int sentenceStart = from;
        int i = terminals.nextFrom(from);
        while (i < to) {
            char c = text.charAt(i);
            if (Punctuation.isCjkTerminal(c)) {
                int j = skipClosers(text, i + 1, to);
                emit(text, sentenceStart, j, out);
                sentenceStart = j;
                i = terminals.nextFrom(j);
                continue;
            }
            int runEnd = skipTerminals(text, i, to);
            int j = skipClosers(text, runEnd, to);
            if (j >= to || !Character.isWhitespace(text.charAt(j))) {
                i = terminals.nextFrom(Math.max(j, i + 1));
                continue;
            }
            int k = TextScan.firstNonSpace(text, j, to);
            if (k >= to) {
                break;
            }
            boolean singleDot = c == '.' && runEnd == i + 1;
            if (canStartSentence(text.charAt(k)) && !(singleDot && Abbreviations.isAbbreviationBefore(
                    text, TextScan.wordStartBefore(text, from, i), i, k, to))) {
                emit(text, sentenceStart, j, out);
                sentenceStart = k;
            }
            i = terminals.nextFrom(k);
        }
        emit(text, sentenceStart, to, out);
    }

    private static int skipTerminals(String text, int i, int to) {
        int j = i;
        while (j < to && Punctuation.isTerminal(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int skipClosers(String text, int i, int to) {
        int j = i;
        while (j < to && Punctuation.isCloser(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean canStartSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || Punctuation.isOpener(c)
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static void emit(String text, int from, int to, List<Sentence> out) {
        int start = TextScan.firstNonSpace(text, from, to);
        int end = TextScan.lastNonSpace(text, from, to) + 1;
        if (start < end && TextScan.hasLetterOrDigit(text, start, end)) {
            out.add(new Sentence(start, end));
        }
    }
}

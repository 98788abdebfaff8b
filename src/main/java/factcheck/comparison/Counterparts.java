package factcheck.comparison;

import java.util.List;

/**
 * The words shown for a fact, and for a fact added or dropped the words the other sentence has in its
 * place: "core Asian" for the original's "central Asian" when the copy left out "central" and wrote
 * "core".
 */
final class Counterparts {

    /** A longer gap is a reworded clause, not the place of one fact. */
    private static final int LONGEST_GAP = 4;
    private static final int LONGEST_SHOWN = 8;

    private final String copyText;
    private final Wording copy;
    private final String originalText;
    private final Wording original;
    private final WordAlignment alignment;

    Counterparts(String copyText, Wording copy, String originalText, Wording original, WordAlignment alignment) {
        this.copyText = copyText;
        this.copy = copy;
        this.originalText = originalText;
        this.original = original;
        this.alignment = alignment;
    }

    String shownInCopy(Fact fact) {
        return text(copyText, copy.words(), fact.shownFirst(), fact.shownLast());
    }

    String shownInOriginal(Fact fact) {
        return text(originalText, original.words(), fact.shownFirst(), fact.shownLast());
    }

    /** The original's words in place of a fact of the copy, or "". */
    String inOriginal(Fact copyFact) {
        int[] span = {Integer.MAX_VALUE, -1};
        for (int i = copyFact.shownFirst(); i <= copyFact.shownLast(); i++) {
            include(span, alignment.copyPartner(i));
        }
        int before = alignment.copyAnchorBefore(copyFact.first());
        int after = alignment.copyAnchorAfter(copyFact.last());
        int from = before < 0 ? 0 : alignment.copyPartner(before) + 1;
        int to = after >= copy.words().size() ? original.words().size() : alignment.copyPartner(after);
        includeGap(span, from, to, original.words());
        return shown(span) ? text(originalText, original.words(), span[0], span[1]) : "";
    }

    /** The copy's words in place of a fact of the original, or "". */
    String inCopy(Fact originalFact) {
        int[] span = {Integer.MAX_VALUE, -1};
        for (int j = originalFact.shownFirst(); j <= originalFact.shownLast(); j++) {
            include(span, alignment.originalPartner(j));
        }
        int before = alignment.originalAnchorBefore(originalFact.first());
        int after = alignment.originalAnchorAfter(originalFact.last());
        int from = before < 0 ? 0 : alignment.originalPartner(before) + 1;
        int to = after >= original.words().size() ? copy.words().size() : alignment.originalPartner(after);
        includeGap(span, from, to, copy.words());
        return shown(span) ? text(copyText, copy.words(), span[0], span[1]) : "";
    }

    /** The copy word where a fact of the original would be: after the copy's partner of the word before it. */
    int copyWordAt(Fact originalFact) {
        int before = alignment.originalAnchorBefore(originalFact.first());
        return before < 0 ? 0 : alignment.originalPartner(before);
    }

    /** A span of words found, short enough to be the place of one fact rather than a reworded clause. */
    private static boolean shown(int[] span) {
        return span[1] >= 0 && span[1] - span[0] < LONGEST_SHOWN;
    }

    private static void include(int[] span, int word) {
        if (word >= 0) {
            span[0] = Math.min(span[0], word);
            span[1] = Math.max(span[1], word);
        }
    }

    /** Includes the words of a gap {@code [from, to)} that is short and has a word that is not punctuation. */
    private static void includeGap(int[] span, int from, int to, List<Word> words) {
        int first = from;
        int last = to - 1;
        while (first <= last && words.get(first).isPunctuation()) {
            first++;
        }
        while (last >= first && words.get(last).isPunctuation()) {
            last--;
        }
        if (first <= last && last - first < LONGEST_GAP) {
            include(span, first);
            include(span, last);
        }
    }

    private static String text(String source, List<Word> words, int first, int last) {
        return source.substring(words.get(first).start(), words.get(last).end());
    }
}

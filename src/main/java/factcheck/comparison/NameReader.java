package factcheck.comparison;

import java.util.List;
import java.util.Set;

/**
 * Finds the names of a sentence: runs of capitalised words ("Crocus City Hall", "Kassym-Jomart Tokayev"),
 * joined by "of" or "for" ("Department of International Politics"), with a compass word written in lower
 * case before them ("central Asia", "eastern Ukraine"), which changes the place when it changes. The first
 * word of a sentence, and any word of a heading, counts only when the texts also capitalise it in the
 * middle of a sentence (the {@link NameLexicon}), so "However" and "Polls" are no names. Each word of a
 * name is a fact of its own, except the phrases of the alias list ("the Kyrgyz Republic").
 */
final class NameReader {

    private static final Set<String> COMPASS = Set.of("central", "northern", "southern", "eastern", "western",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "upper", "lower");
    private static final Set<String> CONNECTORS = Set.of("of", "for");
    private static final String OPENERS = ":“\"‘«(—–";

    private final NameLexicon lexicon;

    NameReader(NameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Adds the sentence's name facts.
     *
     * @param used words already read as dates or numbers, which are no names
     * @param heading the sentence has no final punctuation: a title or subheading
     */
    void read(List<Word> words, boolean[] used, boolean heading, List<Fact> out) {
        int i = 0;
        while (i < words.size()) {
            if (!isName(words, i, used, heading)) {
                i++;
                continue;
            }
            int first = i > 0 && COMPASS.contains(words.get(i - 1).lower()) && !used[i - 1] ? i - 1 : i;
            int last = i;
            int j = i + 1;
            while (j < words.size()) {
                if (isName(words, j, used, heading)) {
                    last = j++;
                } else if (j + 1 < words.size() && (CONNECTORS.contains(words.get(j).lower())
                        || words.get(j).text().equals("-")) && isName(words, j + 1, used, heading)) {
                    j++;
                } else {
                    break;
                }
            }
            addFacts(words, first, last, out);
            i = last + 1;
        }
    }

    private boolean isName(List<Word> words, int i, boolean[] used, boolean heading) {
        Word w = words.get(i);
        if (used[i] || w.isPunctuation() || w.isNumeral() || !w.isCapitalised()) {
            return false;
        }
        if (w.isAcronym()) {
            return true;
        }
        if (WordKeys.isStopWord(w.lower())) {
            return false;
        }
        return !heading && !startsClause(words, i) || lexicon.contains(w.lower());
    }

    /** The sentence's first word, or the first after a colon, opening quote or dash. */
    static boolean startsClause(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Word before = words.get(k);
            if (!before.isPunctuation()) {
                return false;
            }
            if (OPENERS.indexOf(before.text().charAt(0)) >= 0) {
                return true;
            }
        }
        return true;
    }

    private static void addFacts(List<Word> words, int first, int last, List<Fact> out) {
        int i = first;
        while (i <= last) {
            Word w = words.get(i);
            if (w.isPunctuation() || CONNECTORS.contains(w.lower())) {
                i++;
                continue;
            }
            int length = aliasLength(words, i, last);
            String plain = NameForms.plain(w.text());
            String value = length > 0 ? NameForms.alias(phrase(words, i, i + length - 1))
                    : NameForms.alias(plain) != null ? NameForms.alias(plain) : plain;
            int end = length > 0 ? i + length - 1 : i;
            out.add(new Fact(DifferenceKind.NAME, value, i, end, -1, first, last, !COMPASS.contains(plain)));
            i = end + 1;
        }
    }

    /** The number of words of the longest alias phrase of two or more words starting at {@code i}, or 0. */
    private static int aliasLength(List<Word> words, int i, int last) {
        for (int length = Math.min(NameForms.LONGEST_ALIAS, last - i + 1); length >= 2; length--) {
            if (NameForms.alias(phrase(words, i, i + length - 1)) != null) {
                return length;
            }
        }
        return 0;
    }

    private static String phrase(List<Word> words, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k <= to; k++) {
            phrase.append(k > from ? " " : "").append(NameForms.plain(words.get(k).text()));
        }
        return phrase.toString();
    }
}

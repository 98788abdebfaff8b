package factcheck.comparison;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the negations and quantifiers of a sentence, each with the word it applies to. Negations are all
 * one fact, whatever the word ("not", "n't", "never", "no", "without", "nor"...); quantifiers are
 * compared by what share they give: "all", "every" and "entirely" are one, as are "most", "the majority"
 * and "largely", or "some", "several", "a few" and "partially".
 */
final class ScopeReader {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nobody", "nothing", "nowhere",
            "neither", "nor", "without", "cannot");
    private static final Map<String, String> QUANTIFIERS = Map.ofEntries(
            Map.entry("all", "all"), Map.entry("every", "all"), Map.entry("each", "all"), Map.entry("entire", "all"),
            Map.entry("whole", "all"), Map.entry("entirely", "all"), Map.entry("wholly", "all"),
            Map.entry("fully", "all"), Map.entry("completely", "all"),
            Map.entry("most", "most"), Map.entry("mostly", "most"), Map.entry("majority", "most"),
            Map.entry("largely", "most"), Map.entry("mainly", "most"), Map.entry("predominantly", "most"),
            Map.entry("chiefly", "most"),
            Map.entry("many", "many"), Map.entry("numerous", "many"), Map.entry("lots", "many"),
            Map.entry("some", "some"), Map.entry("several", "some"), Map.entry("partly", "some"),
            Map.entry("partially", "some"),
            Map.entry("few", "few"), Map.entry("minority", "few"), Map.entry("fewer", "fewer"),
            Map.entry("none", "none"), Map.entry("half", "half"));
    /** Quantifiers of two words, read before single ones: "a few" is "some", not "few". */
    private static final Map<String, String> PAIRS = Map.of("a few", "some", "a lot", "many", "hardly any", "few",
            "a third", "1/3", "one third", "1/3", "two thirds", "2/3", "a quarter", "1/4", "one quarter", "1/4",
            "three quarters", "3/4");
    /** Intensifiers: "completely destroyed" claims no more than "destroyed". */
    private static final Set<String> INTENSIFIERS = Set.of("entirely", "wholly", "fully", "completely");
    /** Before a universal quantifier, these make it float over a definite plural: "they are all". */
    private static final Set<String> FLOAT_BEFORE = Set.of("are", "were", "is", "was", "be", "been", "have", "had",
            "has", "they", "we", "you", "them", "us", "these", "those");
    /** After a universal quantifier, these make it stress a definite plural: "all the", "all of them". */
    private static final Set<String> DEFINITE_AFTER = Set.of("the", "these", "those", "of", "its", "their", "our",
            "his", "her", "my", "your");
    private static final Set<String> NOT_A_NEGATION_AFTER = Set.of("only", "just", "least", "more", "less",
            "fewer", "doubt");
    /** A negation or quantifier of a pronoun ("most of them") applies to no word of its own. */
    private static final Set<String> PRONOUNS = Set.of("them", "us", "you", "it", "they", "we", "these", "those");
    private static final int HEAD_REACH = 4;

    /** Adds the sentence's negation and quantifier facts and marks their words used. */
    void read(List<Word> words, boolean[] used, List<Fact> out) {
        for (int i = 0; i < words.size(); i++) {
            if (used[i] || words.get(i).isPunctuation()) {
                continue;
            }
            String lower = words.get(i).lower();
            String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
            String pair = PAIRS.get(lower + " " + next);
            if (pair != null && (!pair.contains("/") || isFraction(words, i))) {
                add(words, DifferenceKind.QUANTIFIER, pair, i, i + 1, false, used, out);
                i++;
            } else if (NEGATIONS.contains(lower) && !NOT_A_NEGATION_AFTER.contains(next)) {
                add(words, DifferenceKind.NEGATION, "not", i, i, false, used, out);
            } else if (QUANTIFIERS.containsKey(lower) && isQuantifier(words, i)) {
                add(words, DifferenceKind.QUANTIFIER, QUANTIFIERS.get(lower), i, i, isDroppable(words, i), used, out);
            }
        }
    }

    /** "a third of", "two thirds of": a fraction before "of", not "the third quarter". */
    private static boolean isFraction(List<Word> words, int i) {
        return i + 2 < words.size() && words.get(i + 2).lower().equals("of");
    }

    private static boolean isQuantifier(List<Word> words, int i) {
        String lower = words.get(i).lower();
        String before = i > 0 ? words.get(i - 1).lower() : "";
        String after = i + 1 < words.size() ? words.get(i + 1).lower() : "";
        return switch (lower) {
            case "some" -> !(i + 1 < words.size() && (words.get(i + 1).isNumeral()
                    || WordKeys.NUMBER_WORDS.containsKey(after)));
            case "all" -> !(before.equals("at") || before.equals("after") || before.equals("above")
                    || after.equals("but"));
            case "each" -> !after.equals("other");
            case "most" -> !(before.equals("the") || before.equals("a") || before.equals("at") || after.endsWith("ly"));
            case "whole" -> !before.equals("a");
            default -> true;
        };
    }

    /** An "all" that only stresses a definite plural, or an intensifier. */
    private static boolean isDroppable(List<Word> words, int i) {
        String lower = words.get(i).lower();
        if (INTENSIFIERS.contains(lower)) {
            return true;
        }
        if (!lower.equals("all") && !lower.equals("each")) {
            return false;
        }
        String before = i > 0 ? words.get(i - 1).lower() : "";
        Word after = i + 1 < words.size() ? words.get(i + 1) : null;
        return FLOAT_BEFORE.contains(before)
                || after != null && (DEFINITE_AFTER.contains(after.lower()) || after.isNumeral()
                || WordKeys.NUMBER_WORDS.containsKey(after.lower()));
    }

    private static void add(List<Word> words, DifferenceKind kind, String value, int first, int last,
                            boolean droppable, boolean[] used, List<Fact> out) {
        for (int k = first; k <= last; k++) {
            used[k] = true;
        }
        int head = head(words, last);
        out.add(new Fact(kind, value, first, last, head, first, head >= 0 ? shownEnd(words, head) : last, droppable));
    }

    /** A name the head begins is shown whole, with the word it describes: "some Central Asian countries". */
    private static int shownEnd(List<Word> words, int head) {
        int k = head;
        if (!words.get(head).isCapitalised()) {
            return k;
        }
        while (k + 1 < words.size() && words.get(k + 1).isCapitalised() && !words.get(k + 1).isPunctuation()) {
            k++;
        }
        boolean describes = k + 1 < words.size() && !words.get(k + 1).isPunctuation()
                && !WordKeys.isStopWord(words.get(k + 1).lower());
        return describes ? k + 1 : k;
    }

    /** The first word that carries meaning after a negation or quantifier, in its clause, or -1. */
    private static int head(List<Word> words, int last) {
        for (int k = last + 1; k < words.size() && k <= last + HEAD_REACH; k++) {
            Word w = words.get(k);
            if (w.isPunctuation() || PRONOUNS.contains(w.lower())) {
                return -1;
            }
            if (!WordKeys.isStopWord(w.lower()) && !NEGATIONS.contains(w.lower())
                    && !QUANTIFIERS.containsKey(w.lower())) {
                return k;
            }
        }
        return -1;
    }
}

package factcheck.comparison;

import java.util.ArrayList;
import java.util.List;

/**
 * A word that is another's negative by its prefix, the two in corresponding gaps of a pair of sentences:
 * "unlikely" in the copy where the original has "likely", or "likely" for "unlikely". The base word must
 * have at least {@value #SHORTEST_BASE} letters, so "income" is not "come" negated.
 */
final class PrefixNegations {

    private static final List<String> PREFIXES = List.of("un", "non", "in", "im", "il", "ir", "dis");
    private static final int SHORTEST_BASE = 5;

    private PrefixNegations() {
    }

    static List<FactComparison.Found> between(Wording copy, Wording original, WordAlignment alignment) {
        List<FactComparison.Found> found = new ArrayList<>();
        List<Word> copyWords = copy.words();
        List<Word> originalWords = original.words();
        if ((long) copyWords.size() * originalWords.size() > WordAlignment.MAX_PAIRS) {
            return found;
        }
        for (int i = 0; i < copyWords.size(); i++) {
            for (int j = 0; j < originalWords.size() && alignment.copyPartner(i) < 0; j++) {
                String a = copyWords.get(i).key();
                String b = originalWords.get(j).key();
                if (a != null && b != null && alignment.originalPartner(j) < 0
                        && (negativeOf(a, b) || negativeOf(b, a)) && alignment.correspond(i, i, j, j)) {
                    found.add(new FactComparison.Found(new Difference(DifferenceKind.NEGATION, copyWords.get(i).text(),
                            originalWords.get(j).text()), i));
                }
            }
        }
        return found;
    }

    private static boolean negativeOf(String negative, String word) {
        return word.length() >= SHORTEST_BASE && PREFIXES.stream()
                .anyMatch(prefix -> negative.length() == prefix.length() + word.length()
                        && negative.startsWith(prefix) && negative.endsWith(word));
    }
}

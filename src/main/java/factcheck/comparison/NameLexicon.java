package factcheck.comparison;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words two texts capitalise in the middle of a sentence, in lower case. A capitalised word at the
 * start of a sentence is a name only if it is one of them: "Tajikistan, a Central Asian country" starts
 * with a name, "However, ..." does not.
 */
final class NameLexicon {

    private final Set<String> words = new HashSet<>();

    /** Adds the capitalised words of a sentence that ends like prose; titles capitalise every word. */
    void collect(List<Word> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            Word w = sentence.get(i);
            if (!w.isPunctuation() && w.isCapitalised() && !w.isAcronym() && !NameReader.startsClause(sentence, i)
                    && !WordKeys.isStopWord(w.lower())) {
                words.add(w.lower());
            }
        }
    }

    /** True for a word capitalised mid-sentence, or for another form of one: "Russian" after "Russia". */
    boolean contains(String lower) {
        if (words.contains(lower)) {
            return true;
        }
        String plain = NameForms.plain(lower);
        return words.stream().anyMatch(word -> NameForms.same(NameForms.plain(word), plain));
    }
}

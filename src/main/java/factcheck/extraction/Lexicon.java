package factcheck.extraction;

import java.util.HashSet;
import java.util.Set;

/** Words seen capitalised mid-sentence anywhere in one text, as evidence that a word is a name wherever it appears. */
final class Lexicon {

    private final String text;
    private final Set<String> words = new HashSet<>();

    Lexicon(String text) {
        this.text = text;
    }

    /** Adds the word {@code text[start, end)}. */
    void add(int start, int end) {
        words.add(text.substring(start, end));
    }

    /** True when a word with the characters of {@code text[start, end)} was added. */
    boolean contains(int start, int end) {
        return words.contains(text.substring(start, end));
    }
}

package factcheck.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sentence read for comparison.
 *
 * @param start   offset of the sentence in its text, inclusive
 * @param end     offset of the sentence in its text, exclusive
 * @param words   its words; in a heading, without an outlet's name added after a dash
 * @param names   for each word that is part of a name, the name in {@link NameForms#plain} form, else null
 * @param facts   the numbers, dates, names, negations and quantifiers it states
 * @param content the keys of its words that carry meaning, for similarity
 * @param keys    the keys of all its words but punctuation, in order
 */
record Wording(int start, int end, List<Word> words, String[] names, List<Fact> facts, Set<String> content,
               List<String> keys) {

    /** True when both words are the same word, or names of the same place or people. */
    boolean sameWord(int i, Wording other, int j) {
        String a = words.get(i).key();
        String b = other.words.get(j).key();
        if (a == null || b == null) {
            return false;
        }
        return a.equals(b) || names[i] != null && other.names[j] != null && NameForms.same(names[i], other.names[j]);
    }

    /** Word for word the same, but for punctuation and house style. */
    boolean sameKeys(Wording other) {
        return keys.equals(other.keys);
    }

    static List<String> keysOf(List<Word> words) {
        return words.stream().map(Word::key).filter(key -> key != null).toList();
    }

    /** Two consecutive sentences read as one. */
    static Wording joined(Wording first, Wording second) {
        List<Word> words = new ArrayList<>(first.words);
        words.addAll(second.words);
        String[] names = new String[words.size()];
        System.arraycopy(first.names, 0, names, 0, first.names.length);
        System.arraycopy(second.names, 0, names, first.names.length, second.names.length);
        int shift = first.words.size();
        List<Fact> facts = new ArrayList<>(first.facts);
        for (Fact f : second.facts) {
            int head = f.head() < 0 ? -1 : f.head() + shift;
            facts.add(new Fact(f.kind(), f.value(), f.first() + shift, f.last() + shift, head,
                    f.shownFirst() + shift, f.shownLast() + shift, f.droppable()));
        }
        Set<String> content = new HashSet<>(first.content);
        content.addAll(second.content);
        return new Wording(first.start, second.end, words, names, facts, content, keysOf(words));
    }

    String text(String source) {
        return source.substring(start, end);
    }
}

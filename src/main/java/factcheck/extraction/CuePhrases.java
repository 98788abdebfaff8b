package factcheck.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrase vocabularies of {@link CueWords} merged into one dictionary keyed by a phrase's
 * lower-cased first word, so that the cue finder does a single look-up per word and only
 * compares the following tokens for the few phrases that start with that word. Immutable.
 */
final class CuePhrases {

    static final int HEDGE = 1;
    static final int OPINION = 2;
    static final int CAUSE = 4;
    static final int COMPARISON = 8;
    static final int EVENT = 16;

    /** Longer vocabulary entries would never be looked for. */
    private static final int MAX_PHRASE_WORDS = 4;

    /** A vocabulary phrase, as its lower-cased words, with the vocabularies it belongs to. */
    record Phrase(String text, String[] words, int kinds) {

        boolean is(int kind) {
            return (kinds & kind) != 0;
        }

        /**
         * True when tokens m.. are words spelling this phrase. Every word of every phrase is in
         * the {@link Vocabulary}, so a token without a vocabulary entry cannot be one of them.
         */
        boolean matches(Tokens tokens, int m) {
            if (m + words.length > tokens.size()) {
                return false;
            }
            for (int k = 1; k < words.length; k++) {
                KnownWord word = tokens.word(m + k);
                if (word == null || !word.lower().equals(words[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * What one lower-cased word can start or be: phrases beginning with it (shortest first) and
     * whether it is a single-word event, speech verb or evidence noun. Every word that can open an
 * attribution ("according", speech verbs, evidence nouns) has an entry.
     */
    record Entry(Phrase[] phrases, boolean eventWord, boolean speechVerb, boolean evidenceNoun,
                 Set<String> secondWords) {

        /**
         * True when a phrase of two or more words can start here, followed by the vocabulary
         * word {@code next} (null for none or an unknown word): "the" opens a dozen phrases, and
         * usually none of them. A word that is the second word of no phrase at all is told by a
         * bit of its entry, without a set look-up.
         */
        boolean continuesWith(KnownWord next) {
            return next != null && next.in(WordList.PHRASE_SECOND_WORD) && secondWords.contains(next.lower());
        }
    }

    private static final Map<String, Entry> BY_FIRST_WORD = build();

    private CuePhrases() {
    }

    /** The entry for a lower-cased word, or null when the word starts no cue. */
    static Entry lookup(String lower) {
        return BY_FIRST_WORD.get(lower);
    }

    /** The second words of every phrase of two or more words. */
    static Set<String> secondWords() {
        Set<String> words = new HashSet<>();
        for (Entry entry : BY_FIRST_WORD.values()) {
            words.addAll(entry.secondWords());
        }
        return Set.copyOf(words);
    }

    /** Every word that has an entry or occurs in a phrase, for the {@link Vocabulary}. */
    static Set<String> words() {
        Set<String> words = new HashSet<>(BY_FIRST_WORD.keySet());
        for (Entry entry : BY_FIRST_WORD.values()) {
            for (Phrase phrase : entry.phrases()) {
                words.addAll(List.of(phrase.words()));
            }
        }
        return words;
    }

    private static Map<String, Entry> build() {
        Map<String, Integer> kinds = new HashMap<>();
        addAll(kinds, CueWords.HEDGES, HEDGE);
        addAll(kinds, CueWords.OPINIONS, OPINION);
        addAll(kinds, CueWords.CAUSES, CAUSE);
        addAll(kinds, CueWords.COMPARISONS, COMPARISON);
        addAll(kinds, CueWords.EVENT_PHRASES, EVENT);
        Map<String, List<Phrase>> phrases = new HashMap<>();
        kinds.forEach((text, mask) -> {
            String[] words = text.split(" ");
            if (words.length > MAX_PHRASE_WORDS) {
                return;
            }
            phrases.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Phrase(text, words, mask));
        });
        Set<String> words = new HashSet<>(phrases.keySet());
        words.addAll(CueWords.EVENT_VERBS);
        words.addAll(CueWords.EVENT_NOUNS);
        words.addAll(CueWords.SPEECH_VERBS);
        words.addAll(CueWords.EVIDENCE_NOUNS);
        words.add("according");
        Map<String, Entry> entries = new HashMap<>();
        for (String word : words) {
            List<Phrase> starting = phrases.getOrDefault(word, List.of());
            Phrase[] sorted = starting.stream()
                    .sorted(Comparator.comparingInt(p -> p.words().length))
                    .toArray(Phrase[]::new);
            Set<String> secondWords = new HashSet<>();
            for (Phrase phrase : sorted) {
                if (phrase.words().length > 1) {
                    secondWords.add(phrase.words()[1]);
                }
            }
            entries.put(word, new Entry(sorted,
                    CueWords.EVENT_VERBS.contains(word) || CueWords.EVENT_NOUNS.contains(word),
                    CueWords.SPEECH_VERBS.contains(word), CueWords.EVIDENCE_NOUNS.contains(word),
                    Set.copyOf(secondWords)));
        }
        return Map.copyOf(entries);
    }

    private static void addAll(Map<String, Integer> kinds, Set<String> vocabulary, int kind) {
        for (String phrase : vocabulary) {
            kinds.merge(phrase, kind, (a, b) -> a | b);
        }
    }
}

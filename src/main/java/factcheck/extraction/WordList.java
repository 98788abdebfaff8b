package factcheck.extraction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists the readers test tokens against, such as the words around a figure ("in 2008",
 * "5 p.m.", "140 people") or inside a name ("Bank of England"), kept as bits of each word's
 * {@link KnownWord}: these tests run at every number, name and cue, and a bit costs less than a
 * set look-up. Every word of every list is in the {@link Vocabulary}.
 */
enum WordList {
    VAGUE(NumberWords.VAGUE),
    YEAR_CONTEXT(NumberWords.YEAR_CONTEXT),
    ORDINAL_SUFFIX(NumberWords.ORDINAL_SUFFIXES),
    CLOCK(FigureReader.CLOCK_WORDS),
    PEOPLE_NOUN(UnitResolver.PEOPLE_NOUNS),
    PEOPLE_GROUP(UnitResolver.PEOPLE_GROUPS),
    UNIT_MODIFIER(UnitResolver.MODIFIERS),
    UNIT_STOP_WORD(UnitResolver.STOP_WORDS),
    NAME_CONNECTOR(ProperNameFinder.CONNECTORS),
    PERFECT_AUXILIARY(CueWords.PERFECT_AUXILIARIES),
    FORECAST_PARTICIPLE(CueWords.FORECAST_PARTICIPLES),
    EVIDENCE_VERB(CueWords.EVIDENCE_VERBS),
    AUXILIARY(CueFinder.AUXILIARIES),
    PHRASE_SECOND_WORD(CuePhrases.secondWords()),
    // Capitalised lists, by their lower-case forms: a token is in one when it is also spelled as
    // its entry's capitalised form.
    STOP_CAP(lowerCased(ProperNameFinder.STOP_CAPS)),
    GROUP_WORD(lowerCased(ProperNameFinder.GROUP_WORDS)),
    PLACE(lowerCased(KnownPlaces.NAMES));

    private final Set<String> words;

    WordList(Set<String> words) {
        this.words = words;
    }

    Set<String> words() {
        return words;
    }

    int bit() {
        return 1 << ordinal();
    }

    private static Set<String> lowerCased(Set<String> capitalised) {
        Set<String> lower = new HashSet<>();
        for (String word : capitalised) {
            String folded = word.toLowerCase(Locale.ROOT);
            if (!capitalised.contains(KnownWord.capitalise(folded))) {
                throw new IllegalStateException("a capitalised list word must be its lower case, capitalised: " + word);
            }
            lower.add(folded);
        }
        return Set.copyOf(lower);
    }

    /** The bits of every list {@code lower} is in. */
    static int listsOf(String lower) {
        int lists = 0;
        for (WordList list : values()) {
            lists |= list.words.contains(lower) ? list.bit() : 0;
        }
        return lists;
    }
}

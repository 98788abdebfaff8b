package factcheck.extraction;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists the readers test tokens against, such as the words around a figure ("in 2008",
 * "5 p.m.", "140 people") or inside a name ("Bank of England"). Each step declares its own list;
 * the {@link Vocabulary} collects every listed word, and each word's {@link KnownWord} knows the
 * lists it is in.
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

    /** Every list {@code lower} is in. */
    static Set<WordList> listsOf(String lower) {
        Set<WordList> lists = EnumSet.noneOf(WordList.class);
        for (WordList list : values()) {
            if (list.words.contains(lower)) {
                lists.add(list);
            }
        }
        return lists;
    }
}

package factcheck.extraction;

import java.util.List;
import java.util.Set;

/**
 * Finds names of people, places and organisations as runs of capitalised words
 * ("Collective Security Treaty Organization", "Dr. Smith", "US President Joe Biden").
 * The first word of a sentence is capitalised anyway, so on its own it only counts when the
 * same word appears capitalised mid-sentence elsewhere in the document, or is a known place. Adjectival nationality
 * words ("Russian troops") are reported apart as groups, a weaker signal than a named entity.
 */
final class ProperNameFinder {

    /** Names found in one sentence: specific entities and nationality or regional groups. */
    record Names(List<String> entities, List<String> groups) {

        /** What a sentence without names has: one instance for all of them. */
        static final Names NONE = new Names(List.of(), List.of());

        static Names of(List<String> entities, List<String> groups) {
            return entities == null && groups == null ? NONE : new Names(Hits.orEmpty(entities), Hits.orEmpty(groups));
        }
    }

    static final Set<String> STOP_CAPS = Set.of(
            "The", "A", "An", "In", "On", "At", "But", "And", "Or", "However", "Additionally", "After",
            "Following", "When", "While", "According", "This", "That", "These", "Those", "It", "There",
            "Most", "One", "Some", "Many", "Given", "Due", "Ultimately", "If", "As", "For", "With", "From",
            "By", "To", "Of", "Since", "Despite", "Although", "Though", "Because", "Yet", "So", "Then",
            "Also", "Meanwhile", "Moreover", "Furthermore", "What", "Who", "Why", "How", "Where", "Which",
            "We", "They", "He", "She", "You", "I", "Our", "Their", "His", "Her", "Its", "My", "Your",
            "Not", "No", "Yes", "Here", "Now", "Today", "Yesterday", "Last", "Next", "Each", "Every",
            "All", "Both", "Such", "Other", "Another", "Individuals", "People", "Polls", "Read",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Will",
            "Would", "Can", "Could", "Should", "Must", "May", "Might", "Is", "Are", "Was", "Were", "Do",
            "Does", "Did", "Has", "Have", "Had", "Let", "Please", "Just", "Even", "Only", "Still");

    static final Set<String> CONNECTORS = Set.of(
            "of", "de", "du", "da", "van", "von", "der", "al", "bin", "la", "le", "y", "for");

    /** Vocabulary words, so a token is compared with its entry's spelling only. */
    static final Set<String> GROUP_WORDS = Set.of(
            "Soviet", "Kazakh", "Kyrgyz", "Uzbek", "Tajik", "Turkmen", "Western", "Eastern", "Northern",
            "Southern", "French", "Dutch", "Greek", "Thai", "Swiss", "Arab", "Welsh", "Scottish", "Irish",
            "Czech", "Slovak", "Serb", "Croat", "Basque", "Kurd", "Lao", "Nepali", "Maori", "Zulu", "German",
            "Roman", "Norman", "Persian", "Saudi", "Somali");

    private static final String[] GROUP_SUFFIXES = {"ian", "ean", "ican", "ese", "ish", "ani", "eli", "aqi"};

    /** The last letters of {@link #GROUP_SUFFIXES}: most names end in none of them and need no suffix compared. */
    private static final String GROUP_SUFFIX_ENDS = groupSuffixEnds();

    Names find(Tokens tokens, Lexicon lexicon) {
        List<String> entities = null;
        List<String> groups = null;
        int firstWord = firstWordIndex(tokens);
        int m = 0;
        while (m < tokens.size()) {
            if (!isNameToken(tokens, m)) {
                m++;
                continue;
            }
            int end = runEnd(tokens, m);
            int start = m;
            while (start <= end && isStopCap(tokens, start)) {
                start++;
            }
            if (start < end && start == firstWord && isConnector(tokens, start + 1)
                    && !lexicon.contains(tokens.start(start), tokens.endWithoutPossessive(start))) {
                start += 2;
            }
            String name = start <= end ? name(tokens, start, end, firstWord, lexicon) : null;
            if (name != null && isGroup(tokens, end)) {
                groups = Hits.addUnique(groups, name);
            } else if (name != null) {
                entities = Hits.addUnique(entities, name);
            }
            m = end + 1;
        }
        return Names.of(entities, groups);
    }

    private static String groupSuffixEnds() {
        StringBuilder ends = new StringBuilder();
        for (String suffix : GROUP_SUFFIXES) {
            ends.append(suffix.charAt(suffix.length() - 1));
        }
        return ends.toString();
    }

    /** Capitalised words mid-sentence, as evidence that a word is a name wherever it appears. */
    static void collectLexicon(Tokens tokens, Lexicon lexicon) {
        int firstWord = firstWordIndex(tokens);
        for (int m = firstWord + 1; m < tokens.size(); m++) {
            if (isNameToken(tokens, m) && !isStopCap(tokens, m)) {
                lexicon.add(tokens.start(m), tokens.endWithoutPossessive(m));
            }
        }
    }

    /**
     * True when the token is spelled as one of {@link #STOP_CAPS}. Their lower-case forms are
     * vocabulary words that carry the capitalised spelling, so no string is built.
     */
    private static boolean isStopCap(Tokens tokens, int k) {
        KnownWord word = tokens.word(k);
        return word != null && word.spelledCapitalisedIn(WordList.STOP_CAP, tokens, k);
    }

    /** Connectors are vocabulary words, so a token without an entry is none and no string is cut out. */
    private static boolean isConnector(Tokens tokens, int k) {
        KnownWord word = tokens.word(k);
        return word != null && word.in(WordList.NAME_CONNECTOR) && tokens.textIs(k, word.lower());
    }

    /**
     * Index of the word that opens the sentence proper. A dateline ("RIVERTON — Floods ...")
     * is skipped, because the word after it is capitalised for the same reason a first word is.
     */
    private static int firstWordIndex(Tokens tokens) {
        int first = 0;
        while (first < tokens.size() && !tokens.isWord(first)) {
            first++;
        }
        int k = first;
        while (k < tokens.size() && isAllCaps(tokens, k)) {
            k++;
        }
        boolean dateline = k > first && k + 1 < tokens.size() && tokens.isOneOf(k, "—–-")
                && tokens.isWord(k + 1);
        return dateline ? k + 1 : first;
    }

    private static boolean isAllCaps(Tokens tokens, int k) {
        return tokens.isWord(k) && tokens.length(k) > 1 && tokens.isUpperCase(k);
    }

    private static boolean isNameToken(Tokens tokens, int k) {
        return tokens.isCapitalised(k) && !tokens.textIs(k, "I");
    }

    /** Last index of the name run starting at m; a possessive ends the run ("Moscow’s Crocus"). */
    private static int runEnd(Tokens tokens, int m) {
        int end = m;
        int k = m + 1;
        while (k < tokens.size() && !tokens.hasPossessive(end)) {
            boolean hasNext = k + 1 < tokens.size() && isNameToken(tokens, k + 1);
            if (isNameToken(tokens, k) && tokens.spaced(k)) {
                end = k;
                k++;
            } else if (hasNext && isConnector(tokens, k)) {
                end = k + 1;
                k += 2;
            } else if (hasNext && tokens.is(k, ".") && !tokens.spaced(k) && tokens.length(k - 1) <= 3) {
                end = k + 1;
                k += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * The name the run from {@code start} to {@code end} spells, or null when it is no name: a
     * month, or a lone sentence-initial word not otherwise known as a name.
     */
    private static String name(Tokens tokens, int start, int end, int firstWord, Lexicon lexicon) {
        if (start == end) {
            // Months are vocabulary words: a token without an entry is no month.
            KnownWord word = tokens.word(start);
            if (word != null && word.figure().month() != null) {
                return null;
            }
            if (start == firstWord && !lexicon.contains(tokens.start(start), tokens.endWithoutPossessive(start))
                    && !isKnownPlace(tokens, start)) {
                return null;
            }
        }
        String name = joined(tokens, start, end);
        boolean dotFollows = end + 1 < tokens.size() && !tokens.spaced(end + 1) && tokens.is(end + 1, ".");
        if (dotFollows && tokens.indexOf(end, '.') > 0) {
            name += ".";
        }
        if (tokens.hasPossessive(end)) {
            name = name.substring(0, name.length() - 2);
        }
        return name;
    }

    /**
     * True when the token, without a possessive, is one of the {@link KnownPlaces}. Their lower-case
     * forms are vocabulary words that carry the spelling; a possessive token ("Russia’s") is no
     * vocabulary word and is looked up without its ending.
     */
    private static boolean isKnownPlace(Tokens tokens, int k) {
        KnownWord word = tokens.hasPossessive(k)
                ? Vocabulary.find(tokens.text(), tokens.start(k), tokens.endWithoutPossessive(k))
                : tokens.word(k);
        return word != null && word.in(WordList.PLACE)
                && tokens.text().startsWith(word.capitalised(), tokens.start(k))
                && word.capitalised().length() == tokens.endWithoutPossessive(k) - tokens.start(k);
    }

    /** A name ending in a nationality-like adjective before a lower-case word: "Russian troops". */
    private static boolean isGroup(Tokens tokens, int end) {
        boolean adjectival = end + 1 < tokens.size() && tokens.isWord(end + 1) && !tokens.isCapitalised(end + 1);
        return adjectival && isGroupWord(tokens, end);
    }

    /**
     * The words from {@code start} to {@code end} with one space wherever the text has any.
     * Usually the text already has exactly that and is cut out as it is, without a builder.
     */
    private static String joined(Tokens tokens, int start, int end) {
        if (isSingleSpaced(tokens, start, end)) {
            return tokens.text().substring(tokens.start(start), tokens.end(end));
        }
        StringBuilder b = new StringBuilder();
        for (int k = start; k <= end; k++) {
            if (k > start && tokens.spaced(k)) {
                b.append(' ');
            }
            b.append(tokens.text(), tokens.start(k), tokens.end(k));
        }
        return b.toString();
    }

    /** True when every gap between the words is one plain space (words not spaced apart touch). */
    private static boolean isSingleSpaced(Tokens tokens, int start, int end) {
        for (int k = start + 1; k <= end; k++) {
            int gap = tokens.start(k) - tokens.end(k - 1);
            if (tokens.spaced(k) && (gap != 1 || tokens.text().charAt(tokens.end(k - 1)) != ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Nationality-like adjectives: "Russian", "Korean", "American", "Chinese", "British", "Iraqi", or listed.
     * Compared in place: most names are followed by a lower-case word, so this runs for most of them.
     */
    private static boolean isGroupWord(Tokens tokens, int k) {
        KnownWord word = tokens.word(k);
        if (word != null && word.spelledCapitalisedIn(WordList.GROUP_WORD, tokens, k)) {
            return true;
        }
        String text = tokens.text();
        int end = tokens.end(k);
        if (GROUP_SUFFIX_ENDS.indexOf(text.charAt(end - 1)) < 0) {
            return false;
        }
        for (String suffix : GROUP_SUFFIXES) {
            if (tokens.length(k) >= suffix.length() + 2 && text.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }
}

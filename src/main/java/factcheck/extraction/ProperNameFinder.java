package factcheck.extraction;

import java.util.ArrayList;
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

    private static final Set<String> CONNECTORS = Set.of(
            "of", "de", "du", "da", "van", "von", "der", "al", "bin", "la", "le", "y", "for");

    private static final Set<String> GROUP_WORDS = Set.of(
            "Soviet", "Kazakh", "Kyrgyz", "Uzbek", "Tajik", "Turkmen", "Western", "Eastern", "Northern",
            "Southern", "French", "Dutch", "Greek", "Thai", "Swiss", "Arab", "Welsh", "Scottish", "Irish",
            "Czech", "Slovak", "Serb", "Croat", "Basque", "Kurd", "Lao", "Nepali", "Maori", "Zulu", "German",
            "Roman", "Norman", "Persian", "Saudi", "Somali");

    private static final String[] GROUP_SUFFIXES = {"ian", "ean", "ican", "ese", "ish", "ani", "eli", "aqi"};

    Names find(List<Token> tokens, Set<String> lexicon) {
        List<String> entities = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        int firstWord = firstWordIndex(tokens);
        int m = 0;
        while (m < tokens.size()) {
            if (!isNameToken(tokens.get(m))) {
                m++;
                continue;
            }
            int end = runEnd(tokens, m);
            int start = m;
            while (start <= end && STOP_CAPS.contains(tokens.get(start).text())) {
                start++;
            }
            if (start < end && start == firstWord && CONNECTORS.contains(tokens.get(start + 1).text())
                    && !lexicon.contains(tokens.get(start).withoutPossessive())) {
                start += 2;
            }
            if (start <= end) {
                classify(tokens, start, end, firstWord, lexicon, entities, groups);
            }
            m = end + 1;
        }
        return new Names(entities, groups);
    }

    /** Capitalised words mid-sentence, as evidence that a word is a name wherever it appears. */
    static void collectLexicon(List<Token> tokens, Set<String> lexicon) {
        int firstWord = firstWordIndex(tokens);
        for (int m = firstWord + 1; m < tokens.size(); m++) {
            Token t = tokens.get(m);
            if (isNameToken(t) && !STOP_CAPS.contains(t.text())) {
                lexicon.add(t.withoutPossessive());
            }
        }
    }

    /**
     * Index of the word that opens the sentence proper. A dateline ("RIVERTON — Floods ...")
     * is skipped, because the word after it is capitalised for the same reason a first word is.
     */
    private static int firstWordIndex(List<Token> tokens) {
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).isWord()) {
            first++;
        }
        int k = first;
        while (k < tokens.size() && isAllCaps(tokens.get(k))) {
            k++;
        }
        boolean dateline = k > first && k + 1 < tokens.size() && "—–-".contains(tokens.get(k).text())
                && tokens.get(k + 1).isWord();
        return dateline ? k + 1 : first;
    }

    private static boolean isAllCaps(Token t) {
        return t.isWord() && t.text().length() > 1 && t.isUpperCase();
    }

    private static boolean isNameToken(Token t) {
        return t.isCapitalised() && !t.text().equals("I");
    }

    /** Last index of the name run starting at m; a possessive ends the run ("Moscow’s Crocus"). */
    private static int runEnd(List<Token> tokens, int m) {
        int end = m;
        int k = m + 1;
        while (k < tokens.size() && !hasPossessive(tokens.get(end))) {
            Token u = tokens.get(k);
            boolean hasNext = k + 1 < tokens.size() && isNameToken(tokens.get(k + 1));
            if (isNameToken(u) && u.spaced()) {
                end = k;
                k++;
            } else if (hasNext && u.isWord() && CONNECTORS.contains(u.text())) {
                end = k + 1;
                k += 2;
            } else if (hasNext && u.is(".") && !u.spaced() && tokens.get(k - 1).text().length() <= 3) {
                end = k + 1;
                k += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static void classify(List<Token> tokens, int start, int end, int firstWord, Set<String> lexicon,
                                 List<String> entities, List<String> groups) {
        Token only = tokens.get(start);
        if (start == end) {
            if (NumberWords.MONTHS.containsKey(only.lower())) {
                return;
            }
            String word = only.withoutPossessive();
            if (start == firstWord && !lexicon.contains(word) && !KnownPlaces.NAMES.contains(word)) {
                return;
            }
        }
        Token last = tokens.get(end);
        String name = joined(tokens, start, end);
        if (last.text().indexOf('.') > 0 && end + 1 < tokens.size() && tokens.get(end + 1).is(".")
                && !tokens.get(end + 1).spaced()) {
            name += ".";
        }
        if (hasPossessive(last)) {
            name = name.substring(0, name.length() - 2);
        }
        Token after = end + 1 < tokens.size() ? tokens.get(end + 1) : null;
        boolean adjectival = after != null && after.isWord() && !after.isCapitalised();
        if (adjectival && isGroupWord(last.text())) {
            addUnique(groups, name);
        } else {
            addUnique(entities, name);
        }
    }

    /** Insertion-ordered and without repeats; a sentence names a handful of things, so a scan beats a set. */
    private static void addUnique(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    private static boolean hasPossessive(Token t) {
        return !t.withoutPossessive().equals(t.text());
    }

    private static String joined(List<Token> tokens, int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            b.append(k > start && t.spaced() ? " " : "").append(t.text());
        }
        return b.toString();
    }

    /** Nationality-like adjectives: "Russian", "Korean", "American", "Chinese", "British", "Iraqi", or listed. */
    private static boolean isGroupWord(String word) {
        if (GROUP_WORDS.contains(word)) {
            return true;
        }
        for (String suffix : GROUP_SUFFIXES) {
            if (word.length() >= suffix.length() + 2 && word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}

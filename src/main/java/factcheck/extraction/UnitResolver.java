package factcheck.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Finds what a count counts by reading the few words after it: "140 people", "four suspected
 * militants", "hundreds of Russian residents". Nouns for human beings collapse to "people" so
 * that counts of casualties, migrants or soldiers can be compared; other nouns are kept as written.
 */
final class UnitResolver {

    static final String PEOPLE = "people";

    /** The unit and the index of the token that named it. */
    record Unit(String name, int tokenIndex) {
    }

    private static final int WINDOW = 5;

    static final Set<String> PEOPLE_NOUNS = Set.of(
            "people", "persons", "person", "individuals", "individual", "migrants", "migrant",
            "workers", "worker", "militants", "militant", "residents", "resident", "soldiers", "soldier",
            "troops", "civilians", "civilian", "children", "child", "adults", "adult", "women", "woman",
            "men", "man", "students", "student", "patients", "patient", "refugees", "refugee",
            "employees", "employee", "staff", "protesters", "protestors", "demonstrators", "voters",
            "citizens", "inhabitants", "victims", "victim", "casualties", "fatalities", "passengers",
            "journalists", "officers", "police", "policemen", "prisoners", "detainees", "hostages",
            "fighters", "immigrants", "tourists", "visitors", "members", "respondents", "doctors",
            "nurses", "teachers", "farmers", "officials", "delegates", "volunteers", "survivors",
            "seekers", "inmates", "pupils", "recruits", "athletes", "players", "miners", "nationals",
            "suspects", "suspect", "boys", "girls", "babies", "infants", "teenagers", "pensioners",
            "veterans", "sailors", "pilots", "crew", "guards", "rebels", "insurgents", "jihadists",
            "terrorists", "attackers", "gunmen", "labourers", "laborers", "deportees", "asylum",
            "participants", "participant", "lawmakers", "legislators", "senators", "ministers", "mps",
            "subjects", "consumers", "customers", "users",
            "viewers", "readers", "applicants", "graduates", "retirees", "commuters", "shoppers");

    /**
     * Capitalised plurals that name people by party, nation or faith: "22 Republicans",
     * "4,000 Kazakhs". Nationality words ending in -ans are recognised by their ending.
     */
    static final Set<String> PEOPLE_GROUPS = Set.of(
            "democrats", "republicans", "conservatives", "liberals", "socialists", "greens", "britons",
            "kazakhs", "uzbeks", "tajiks", "turkmens", "kyrgyz", "israelis", "iraqis", "afghans", "pakistanis",
            "bangladeshis", "poles", "swedes", "danes", "finns", "turks", "kurds", "arabs", "jews", "muslims",
            "catholics", "christians", "hindus", "sikhs", "filipinos", "thais");

    /** Words between a number and its noun that describe rather than name the thing counted. */
    static final Set<String> MODIFIERS = Set.of(
            "suspected", "new", "more", "other", "additional", "young", "local", "foreign", "armed",
            "alleged", "former", "elderly", "innocent", "injured", "unarmed", "international",
            "civilian", "senior", "junior", "full-time", "part-time", "registered", "undocumented",
            "illegal", "estimated", "dead", "wounded", "missing", "displaced", "million", "thousand",
            "billion");

    /** Words that end the noun phrase: whatever follows them is not what the number counts. */
    static final Set<String> STOP_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "in", "at", "on", "to", "for", "with", "by", "from",
            "of", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "that",
            "which", "who", "whom", "when", "while", "than", "as", "per", "he", "she", "it", "they",
            "we", "you", "i", "his", "her", "its", "their", "our", "this", "these", "those", "not",
            "no", "into", "over", "under", "about", "after", "before", "since", "until", "during",
            "between", "against", "across", "among", "will", "would", "can", "could", "may", "might",
            "must", "should", "did", "do", "does", "so", "if", "then", "there", "here", "up", "down",
            "out", "off", "all", "each", "every", "some", "any", "say", "said", "says", "also");

    private UnitResolver() {
    }

    /**
     * @param from       index of the first token after the number (and its scale word)
     * @param afterVague true after "hundreds"/"thousands", where "of" introduces the counted noun
     */
    static Unit resolve(Tokens tokens, int from, boolean afterVague) {
        int limit = Math.min(tokens.size(), from + WINDOW);
        for (int m = from; m < limit; m++) {
            if (!tokens.isWord(m)) {
                return null;
            }
            // Every word of the lists above is in the vocabulary, so a word outside it is in none.
            KnownWord word = tokens.word(m);
            if (word != null && word.in(WordList.PEOPLE_NOUN)) {
                return new Unit(PEOPLE, m);
            }
            if (tokens.isCapitalised(m)) {
                // A group of people, or else part of a name or an adjective: "Russian residents".
                if (isPeopleGroup(tokens, m)) {
                    return new Unit(PEOPLE, m);
                }
                continue;
            }
            String lower = word != null ? word.lower() : tokens.lower(m);
            boolean introducesNoun = afterVague && m == from && lower.equals("of");
            if (introducesNoun || word != null && word.in(WordList.UNIT_MODIFIER)
                    || lower.endsWith("ed") && lower.length() > 4) {
                continue;
            }
            boolean listed = word != null && (word.in(WordList.UNIT_STOP_WORD) || word.figure().small() != null);
            if (listed || lower.endsWith("ly")) {
                return null;
            }
            return new Unit(lower, m);
        }
        return null;
    }

    /**
     * A capitalised group plural that ends a name run: "Republicans", not "Americans United".
     * Group names are vocabulary words; other words are only lower-cased when needed to test
     * the nationality ending ("Americans"), which is compared in place for ASCII words.
     */
    private static boolean isPeopleGroup(Tokens tokens, int m) {
        boolean lastOfRun = m + 1 >= tokens.size() || !tokens.isCapitalised(m + 1);
        if (!lastOfRun) {
            return false;
        }
        if (!tokens.hasPossessive(m)) {
            KnownWord word = tokens.word(m);
            if (word != null) {
                return word.in(WordList.PEOPLE_GROUP) || isNationalityPlural(word.lower());
            }
            if (isAscii(tokens, m)) {
                return tokens.length(m) > 5 && endsWithLower(tokens, m, "ans");
            }
        }
        String lower = tokens.withoutPossessive(m).toLowerCase(Locale.ROOT);
        return PEOPLE_GROUPS.contains(lower) || isNationalityPlural(lower);
    }

    private static boolean isNationalityPlural(String lower) {
        return lower.length() > 5 && lower.endsWith("ans");
    }

    /** No character above ASCII: lower-casing keeps the length and changes letters one for one. */
    private static boolean isAscii(Tokens tokens, int m) {
        String text = tokens.text();
        for (int c = tokens.start(m); c < tokens.end(m); c++) {
            if (text.charAt(c) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** For an ASCII token: whether it ends in {@code suffix}, ASCII lower case, ignoring case. */
    private static boolean endsWithLower(Tokens tokens, int m, String suffix) {
        int from = tokens.end(m) - suffix.length();
        return from >= tokens.start(m) && tokens.text().regionMatches(true, from, suffix, 0, suffix.length());
    }
}

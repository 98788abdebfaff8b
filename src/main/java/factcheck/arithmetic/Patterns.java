package factcheck.arithmetic;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces the relation patterns are written in, and the notation that joins them, so that each
 * pattern reads like the sentence it matches: {@code "{hedge}tripled from {a}{words} to {b}"}.
 *
 * <ul>
 *   <li>{@code {a}} … {@code {z}}: one stated figure, captured in the group of that letter</li>
 *   <li>{@code {hedge}}: an optional hedge ("more than", "nearly") and its space, group {@code hedge}</li>
 *   <li>{@code {words}}: up to four words between a figure and the next part ("cases in 2022"); never a
 *       number (a year aside) nor a word that carries the relation ("from", "to", "of", "and")</li>
 *   <li>{@code {part}}: a figure and the words that say what it counts ("70 in Almaty"), uncaptured</li>
 *   <li>a space: one or more whitespace characters</li>
 * </ul>
 */
final class Patterns {

    static final String CURRENCY = "(?:US\\$|A\\$|C\\$|HK\\$|NZ\\$|S\\$|[$£€¥₹₽])";
    static final String DIGITS = "(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?";
    static final String UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)";
    static final String NUMBER_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-" + UNIT_WORD
            + ")?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNIT_WORD + ")";
    /** Scale words, with or without a space; single letters only when glued ("1.2m", not "5 m" of length). */
    static final String SCALE = "(?:\\s?(?:thousand|million|billion|trillion|mn|bn|tn)|[mkb])";
    static final String PERCENT = "(?:\\s?(?:%|per\\s?cent|percent)|pc)";
    static final String POINTS = "(?:\\s(?:percentage\\s)?points?|\\s?(?:pp|pts?))";

    /**
     * One stated figure. Not part of a longer token: "COVID-19", "G7", "2014–2016", "10-year" and "3/4" are
     * no figures, so ranges and compounds are never read as a single value.
     */
    static final String FIGURE = "(?<![\\p{L}\\p{N}$£€¥₹₽.,/\\-–])(?:" + CURRENCY + "\\s?)?(?:" + DIGITS + "|"
            + NUMBER_WORD + ")(?:" + SCALE + ")?(?:" + PERCENT + "|" + POINTS + ")?"
            + "(?![\\p{L}\\p{N}%]|[.,][0-9]|[-–/][\\p{L}\\p{N}])";

    /** Words that carry a relation or join two: a filler crossing one would read two figures as one relation. */
    private static final String STOP_WORDS = "(?:from|to|by|and|or|plus|but|than|as|of|per|while|whereas|which|"
            + "respectively|times|fold|twice|half|double|triple|treble|" + NUMBER_WORD + ")";
    /** A year may sit between a figure and the rest of the relation: "368 cases in 2022 to 2,911". */
    private static final String YEAR = "(?:1[89]|20)[0-9]{2}(?![\\p{N}])";
    private static final String WORD = "[\\p{L}’'][\\p{L}’'.\\-]*";
    private static final String WORDS = "(?:\\s+(?!" + STOP_WORDS + "\\b)(?:" + WORD + "|" + YEAR + ")){0,4}?";
    /** In a list of parts "from" and "to" are fine ("70 from Almaty"); joining words still end a part. */
    private static final String PART_WORDS = "(?:\\s+(?!(?:and|or|plus|but|of|per|while|whereas|which|"
            + NUMBER_WORD + ")\\b)(?:" + WORD + "|" + YEAR + ")){0,4}?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private Patterns() {
    }

    /** Compiles a pattern written in the notation above. */
    static Pattern compile(String template) {
        String regex = template
                .replace("{words}", WORDS)
                .replace("{part}", FIGURE + PART_WORDS)
                .replace("{hedge}", "(?:(?<hedge>" + Hedge.PHRASES + ") )?")
                .replaceAll("\\{([a-z])\\}", "(?<$1>" + Matcher.quoteReplacement(FIGURE) + ")")
                .replace(" ", "\\s+");
        return Pattern.compile(regex, FLAGS);
    }

    /** Compiles a plain regular expression with the same flags as the patterns. */
    static Pattern plain(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    /**
     * A quick test, before any relation pattern is tried, for a word every phrasing of a relation needs:
     * most sentences have none, and the full patterns are slow to fail at every position.
     */
    static Pattern cueWords(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE);
    }

    /** Whether {@code text[start, end)} contains a match of a {@link #cueWords} pattern. */
    static boolean mentions(Pattern cueWords, String text, int start, int end) {
        return cueWords.matcher(text).region(start, end).find();
    }

    /**
     * Hands {@code read} the matcher at every match starting anywhere in {@code text[start, end)}, overlapping
     * ones included, leftmost first. A check that cannot read one match (its first figure is a year, say)
     * can then still read one that starts later in the same relation.
     */
    static void forEachMatch(Pattern pattern, String text, int start, int end, Consumer<Matcher> read) {
        // Transparent bounds let the figure pattern see the character before a later start, so a retry
        // at "911" inside "2,911" is no figure.
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        int from = start;
        while (from < end) {
            m.region(from, end);
            if (!m.find()) {
                return;
            }
            read.accept(m);
            from = m.start() + 1;
        }
    }
}

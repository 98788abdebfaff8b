package factcheck.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether a full stop after a word ends a sentence or only an abbreviation.
 * Titles and month abbreviations are always followed by more of the same sentence; company
 * suffixes and initialisms such as "U.S." often end one, so those only end a sentence when the
 * next word is a typical sentence opener.
 */
final class Abbreviations {

    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt",
            "sgt", "rev", "hon", "pres", "mt", "messrs", "vs", "v", "e.g", "i.e", "cf", "ca", "approx",
            "fig", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "maj", "adm", "supt", "insp", "cmdr", "amb", "atty", "ave", "blvd");

    /** Abbreviations that are only abbreviations when a number follows: "No. 5", "pp. 12". */
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "vol", "p", "pp", "art", "para");

    private static final Set<String> OFTEN_FINAL = Set.of(
            "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "plc", "llc", "gmbh");

    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
            "but", "however", "in", "on", "at", "a", "an", "there", "his", "her", "their", "its",
            "our", "and", "as", "after", "when", "while", "meanwhile", "yet", "so", "if");

    private Abbreviations() {
    }

    /** The length of the longest word in the sets above: a longer word without a dot is no abbreviation. */
    private static final int LONGEST = Stream.of(NEVER_FINAL, BEFORE_NUMBER, OFTEN_FINAL)
            .flatMap(Set::stream).mapToInt(String::length).max().orElseThrow();

    /**
     * Whether the full stop at {@code dot} only ends an abbreviation.
     *
     * @param wordStart start of the characters before the full stop, back to whitespace or an opening bracket
     * @param nextStart start of the word after the whitespace that follows the full stop
     * @param to        end of the block the word after may run to
     */
    static boolean isAbbreviationBefore(String text, int wordStart, int dot, int nextStart, int to) {
        if (dot == wordStart || !Character.isLetter(text.charAt(dot - 1))) {
            // "0.62)." or "2024." end sentences: an abbreviation's dot follows a letter.
            return false;
        }
        if (dot - wordStart == 1 && Character.isUpperCase(text.charAt(wordStart))) {
            return true;
        }
        if (dot - wordStart > LONGEST && text.indexOf('.', wordStart) == dot) {
            // Most words before a full stop: lower-casing never shortens a word, so it matches
            // none of the sets, and without a dot it is no initialism. No strings built.
            return false;
        }
        String lower = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (NEVER_FINAL.contains(lower)) {
            return true;
        }
        if (BEFORE_NUMBER.contains(lower)) {
            return nextStart < to && Character.isDigit(text.charAt(nextStart));
        }
        if (isInitialism(lower) || OFTEN_FINAL.contains(lower)) {
            String nextWord = TextScan.wordAfter(text, nextStart, to);
            return !SENTENCE_OPENERS.contains(nextWord.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * "u.s" or "e.u": letters with full stops between them.
     */
    private static boolean isInitialism(String word) {
        if (word.indexOf('.') <= 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '.' && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }
}

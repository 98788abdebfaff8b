package factcheck.extraction;

import java.util.Locale;
import java.util.Set;

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

    /**
     * @param word     the characters before the full stop, back to whitespace or an opening bracket
     * @param nextWord the word after the whitespace that follows the full stop
     */
    static boolean isAbbreviationBefore(String word, String nextWord) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(word.length() - 1))) {
            // "0.62)." or "2024." end sentences: an abbreviation's dot follows a letter.
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (NEVER_FINAL.contains(lower)) {
            return true;
        }
        if (BEFORE_NUMBER.contains(lower)) {
            return !nextWord.isEmpty() && Character.isDigit(nextWord.charAt(0));
        }
        boolean initialism = lower.indexOf('.') > 0 && lower.chars().allMatch(c -> Character.isLetter(c) || c == '.');
        if (initialism || OFTEN_FINAL.contains(lower)) {
            return !SENTENCE_OPENERS.contains(nextWord.toLowerCase(Locale.ROOT));
        }
        return false;
    }
}

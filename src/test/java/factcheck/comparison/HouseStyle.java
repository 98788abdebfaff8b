package factcheck.comparison;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a text in another publication's house style without touching a fact: straight quotes and
 * apostrophes, spaced hyphens for dashes, "per cent" for "%" and "percent", "US" for "U.S.", no Oxford
 * comma, British "-ise" and "-our" spellings, small numbers before a word spelt out ("9 cats" becomes
 * "nine cats", but not a day after a month or a decimal's digits).
 */
final class HouseStyle {

    private static final String[] SMALL = {"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    /** A digit from 2 to 9 before a word, not inside a figure ("2.5") nor a day after a month ("October 6"). */
    private static final Pattern SMALL_NUMBER = Pattern.compile("(?<![\\d.,]|[A-Z][a-z]{2,8} )\\b([2-9]) (?=[a-z])");

    private HouseStyle() {
    }

    static String british(String text) {
        String restyled = text.replace("“", "\"").replace("”", "\"").replace("‘", "'").replace("’", "'")
                .replace(" — ", " - ").replace("—", " - ").replace(" – ", " - ")
                .replaceAll("(\\d) ?%", "$1 per cent").replaceAll("(\\d) percent\\b", "$1 per cent")
                .replace("U.S.", "US")
                .replace(", and ", " and ")
                .replaceAll("\\b(\\w{3,})iz(e|es|ed|ing|ation|ations)\\b", "$1is$2")
                .replaceAll("\\blabor\\b", "labour").replaceAll("\\bcolor\\b", "colour")
                .replaceAll("\\bcenter\\b", "centre");
        StringBuilder out = new StringBuilder();
        Matcher small = SMALL_NUMBER.matcher(restyled);
        while (small.find()) {
            small.appendReplacement(out, SMALL[Integer.parseInt(small.group(1))] + " ");
        }
        return small.appendTail(out).toString();
    }
}

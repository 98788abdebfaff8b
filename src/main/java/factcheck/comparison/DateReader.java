package factcheck.comparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the dates of a sentence: years ("2024"), decades ("1990s"), months, days next to a month ("3 March",
 * "March 3rd", "the 21st of June"), weekdays, with "early", "mid" or "late" before them. Parts written
 * together are one date, compared whole and in any order: "3 March 2021" is "March 3, 2021", but
 * "March 2024" against "2024" is a changed date.
 */
final class DateReader {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PERIODS = Set.of("early", "mid", "late");
    /** Words that may stand between parts of one date: "the 21st of June", "Monday, 3 June". */
    private static final Set<String> LINKS = Set.of(",", "of", "the", "on");
    /** Words before "May" that make it the month, not the verb. */
    private static final Set<String> BEFORE_MAY = Set.of("in", "of", "since", "until", "by", "last", "next",
            "early", "late", "mid", "from", "to", "between", "this", "on", "each", "every");
    private static final Pattern DECADE = Pattern.compile("1[5-9]\\d0s|2[01]\\d0s");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern ORDINAL_ENDING = Pattern.compile("(?<=\\d)(st|nd|rd|th)$");
    private static final int FIRST_YEAR = 1500;
    private static final int LAST_YEAR = 2199;
    private static final int LAST_DAY = 31;

    /** Adds the sentence's date facts and marks their words used. */
    void read(List<Word> words, boolean[] used, List<Fact> out) {
        int i = 0;
        while (i < words.size()) {
            String part = part(words, i);
            if (part == null || part.startsWith("period") && nextPart(words, i) < 0) {
                i++;
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(part));
            int last = i;
            for (int next = nextPart(words, last); next >= 0; next = nextPart(words, last)) {
                parts.add(part(words, next));
                last = next;
            }
            Collections.sort(parts);
            for (int k = i; k <= last; k++) {
                used[k] = true;
            }
            out.add(new Fact(DifferenceKind.DATE, String.join(" ", parts), i, last, -1, i, last, false));
            i = last + 1;
        }
    }

    /** The next date part after {@code i}, with at most one linking word between, or -1. */
    private static int nextPart(List<Word> words, int i) {
        for (int k = i + 1; k < words.size() && k <= i + 2; k++) {
            if (part(words, k) != null) {
                return k;
            }
            if (!LINKS.contains(words.get(k).lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** What a word is as part of a date ("y2024", "m3", "d21", "wmonday", "period early"), or null. */
    private static String part(List<Word> words, int i) {
        Word w = words.get(i);
        String lower = w.lower();
        if (isMonth(words, i)) {
            return "m" + MONTHS.get(lower.replace(".", ""));
        }
        if (w.isCapitalised() && WEEKDAYS.contains(lower)) {
            return "w" + lower;
        }
        if (PERIODS.contains(lower) && i + 1 < words.size() && isYearOrMonth(words, i + 1)) {
            return "period " + lower;
        }
        if (!w.isNumeral()) {
            return null;
        }
        if (DECADE.matcher(lower).matches()) {
            return "decade " + lower;
        }
        if (isYear(words, i)) {
            return "y" + lower;
        }
        String day = ORDINAL_ENDING.matcher(lower).replaceAll("");
        if (DAY.matcher(day).matches() && Integer.parseInt(day) <= LAST_DAY && Integer.parseInt(day) >= 1
                && (nextMonth(words, i, 1) || nextMonth(words, i, -1))) {
            return "d" + Integer.parseInt(day);
        }
        return null;
    }

    private static boolean isYearOrMonth(List<Word> words, int i) {
        return isMonth(words, i) || isYear(words, i) || DECADE.matcher(words.get(i).lower()).matches();
    }

    private static boolean isYear(List<Word> words, int i) {
        Word w = words.get(i);
        if (!YEAR.matcher(w.lower()).matches()) {
            return false;
        }
        int year = Integer.parseInt(w.lower());
        boolean amount = i + 1 < words.size() && NumberReader.isScaleOrUnit(words.get(i + 1).lower())
                || i > 0 && NumberReader.currency(words.get(i - 1).lower()) != null;
        return year >= FIRST_YEAR && year <= LAST_YEAR && !amount;
    }

    private static boolean isMonth(List<Word> words, int i) {
        Word w = words.get(i);
        String lower = w.lower().replace(".", "");
        if (!w.isCapitalised() || !MONTHS.containsKey(lower)) {
            return false;
        }
        if (!lower.equals("may")) {
            return true;
        }
        boolean numberBeside = i + 1 < words.size() && words.get(i + 1).isNumeral()
                || i > 0 && words.get(i - 1).isNumeral();
        return numberBeside || i > 0 && BEFORE_MAY.contains(words.get(i - 1).lower());
    }

    /** A month one or two words away ("3 March", "3rd of March", "March 3"), in the given direction. */
    private static boolean nextMonth(List<Word> words, int i, int step) {
        for (int k = i + step, n = 0; k >= 0 && k < words.size() && n < 2; k += step, n++) {
            if (isMonth(words, k)) {
                return true;
            }
            if (!LINKS.contains(words.get(k).lower()) || words.get(k).lower().equals(",") && step > 0) {
                return false;
            }
        }
        return false;
    }
}

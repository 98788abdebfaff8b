package factcheck.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a sentence with their scale, per cent sign and currency, and compares them by value:
 * "10 million", "ten million" and "10m" are one number; "12 per cent" and "12%" another; "$5bn" and "5 billion
 * dollars" a third. Vague plurals ("hundreds", "tens of thousands") are numbers too, compared by their words.
 * Hedges ("about", "an estimated") are not part of the number. A lone "one" is often a pronoun ("one of
 * them"), so adding or dropping it alone changes nothing; changing it to another number does.
 */
final class NumberReader {

    private static final Map<String, Integer> SCALES = Map.of("thousand", 3, "k", 3, "million", 6, "m", 6,
            "mn", 6, "billion", 9, "bn", 9, "b", 9, "trillion", 12, "tn", 12);
    private static final Set<String> VAGUE = Set.of("dozens", "scores", "hundreds", "thousands", "millions",
            "billions", "tens");
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "usd", "£", "gbp", "€", "eur",
            "¥", "jpy", "₹", "inr", "₽", "rub");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "usd"),
            Map.entry("dollar", "usd"), Map.entry("euros", "eur"), Map.entry("euro", "eur"),
            Map.entry("pounds", "gbp"), Map.entry("yen", "jpy"), Map.entry("yuan", "cny"),
            Map.entry("roubles", "rub"), Map.entry("rubles", "rub"), Map.entry("rupees", "inr"));
    private static final Map<String, Integer> MULTIPLIERS = Map.of("hundred", 100, "dozen", 12);
    private static final Pattern ORDINAL_ENDING = Pattern.compile("(?<=\\d)(st|nd|rd|th)$");
    private static final Pattern FIGURE = Pattern.compile("\\d+(\\.\\d+)?");

    /** Adds the sentence's number facts and marks their words used. */
    void read(List<Word> words, boolean[] used, List<Fact> out) {
        int i = 0;
        while (i < words.size()) {
            int end = used[i] ? -1 : readAt(words, i, used, out);
            i = end < 0 ? i + 1 : end + 1;
        }
    }

    static boolean isScaleOrUnit(String lower) {
        return SCALES.containsKey(lower) || lower.equals("%") || CURRENCY_WORDS.containsKey(lower);
    }

    /** The currency of a sign ("$") or word ("dollars"), or null. */
    static String currency(String lower) {
        String sign = CURRENCY_SIGNS.get(lower);
        return sign != null ? sign : CURRENCY_WORDS.get(lower);
    }

    /** Reads the number starting at {@code i}, if any; returns its last word, or -1. */
    private static int readAt(List<Word> words, int i, boolean[] used, List<Fact> out) {
        String lower = words.get(i).lower();
        if (VAGUE.contains(lower)) {
            int last = i;
            if (i + 2 < words.size() && words.get(i + 1).lower().equals("of")
                    && VAGUE.contains(words.get(i + 2).lower())) {
                last = i + 2;
            }
            return add(words, i, last, text(words, i, last), false, used, out);
        }
        int first = i;
        String currency = i > 0 ? CURRENCY_SIGNS.get(words.get(i - 1).lower()) : null;
        if (currency != null && !used[i - 1]) {
            first = i - 1;
        }
        int last = i;
        BigDecimal value;
        if (words.get(i).isNumeral()) {
            String digits = ORDINAL_ENDING.matcher(words.get(i).key()).replaceAll("");
            if (!FIGURE.matcher(digits).matches()) {
                return -1;
            }
            value = new BigDecimal(digits);
        } else {
            last = numberWordsEnd(words, i);
            if (last < 0) {
                return -1;
            }
            value = numberWords(words, i, last);
        }
        boolean ordinal = words.get(i).isNumeral() && ORDINAL_ENDING.matcher(words.get(i).lower()).find();
        while (last + 1 < words.size()) {
            String next = words.get(last + 1).lower();
            if (SCALES.containsKey(next)) {
                value = value.scaleByPowerOfTen(SCALES.get(next));
            } else if (MULTIPLIERS.containsKey(next)) {
                value = value.multiply(BigDecimal.valueOf(MULTIPLIERS.get(next)));
            } else {
                break;
            }
            last++;
        }
        String after = last + 1 < words.size() ? words.get(last + 1).lower() : "";
        String unit = after.equals("%") ? "%" : currency(after);
        if (unit != null) {
            last++;
        } else {
            unit = currency != null ? currency : "";
        }
        String key = value.stripTrailingZeros().toPlainString() + unit + (ordinal ? " ordinal" : "");
        boolean loneOne = first == last && words.get(i).lower().equals("one");
        return add(words, first, last, key, loneOne, used, out);
    }

    private static int add(List<Word> words, int first, int last, String value, boolean droppable, boolean[] used,
                           List<Fact> out) {
        for (int k = first; k <= last; k++) {
            used[k] = true;
        }
        out.add(new Fact(DifferenceKind.NUMBER, value, first, last, -1, first, last, droppable));
        return last;
    }

    /** The last word of a run of number words from {@code i} ("one hundred and forty", "a dozen"), or -1. */
    private static int numberWordsEnd(List<Word> words, int i) {
        int k = i;
        if (words.get(k).lower().equals("a")) {
            if (k + 1 >= words.size() || !isMultiplier(words.get(k + 1).lower())) {
                return -1;
            }
            if (SCALES.containsKey(words.get(k + 1).lower())) {
                return k;
            }
            k++;
        }
        if (!isNumberWord(words.get(k).lower())) {
            return -1;
        }
        int last = k;
        for (int j = k + 1; j < words.size(); j++) {
            String w = words.get(j).lower();
            if (isNumberWord(w) && !SCALES.containsKey(w)) {
                last = j;
            } else if (!(w.equals("and") && j + 1 < words.size() && isNumberWord(words.get(j + 1).lower()))) {
                break;
            }
        }
        return last;
    }

    private static boolean isMultiplier(String lower) {
        return MULTIPLIERS.containsKey(lower) || SCALES.containsKey(lower) && lower.length() > 2;
    }

    private static boolean isNumberWord(String lower) {
        return WordKeys.NUMBER_WORDS.containsKey(lower) || MULTIPLIERS.containsKey(lower);
    }

    private static BigDecimal numberWords(List<Word> words, int from, int to) {
        long current = 0;
        for (int k = from; k <= to; k++) {
            String w = words.get(k).lower();
            if (w.equals("a")) {
                current = 1;
            } else if (MULTIPLIERS.containsKey(w)) {
                current = Math.max(current, 1) * MULTIPLIERS.get(w);
            } else if (WordKeys.NUMBER_WORDS.containsKey(w)) {
                current += WordKeys.NUMBER_WORDS.get(w);
            }
        }
        return BigDecimal.valueOf(current);
    }

    private static String text(List<Word> words, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k <= to; k++) {
            text.append(k > from ? " " : "").append(words.get(k).lower());
        }
        return text.toString();
    }
}

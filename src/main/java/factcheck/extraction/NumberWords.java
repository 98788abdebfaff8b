package factcheck.extraction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Vocabulary for reading quantities: number words, scale words, currencies and months. */
final class NumberWords {

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("dozen", 12), Map.entry("hundred", 100));

    /** Plurals that say "many" without a figure: "hundreds of residents". */
    static final Set<String> VAGUE = Set.of(
            "dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens");

    /** Scale words written as separate words: "10 million", with the power of ten they multiply by. */
    static final Map<String, Integer> SCALE_WORDS = Map.of(
            "thousand", 3, "million", 6, "billion", 9, "trillion", 12, "mn", 6, "bn", 9, "tn", 12);

    /**
     * Scale suffixes glued to a number: "1.2bn", "5m", "20k", with their power of ten. Single
     * letters only count when glued. A word in both maps has the same power in both.
     */
    static final Map<String, Integer> SCALE_SUFFIXES = Map.of(
            "k", 3, "m", 6, "mn", 6, "b", 9, "bn", 9, "tn", 12, "trn", 12);

    static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR", "₽", "RUB", "₩", "KRW");

    /** Letters glued before "$": "US$5m", "A$20". */
    static final Map<String, String> DOLLAR_PREFIXES = Map.of(
            "US", "USD", "A", "AUD", "AU", "AUD", "C", "CAD", "CA", "CAD", "HK", "HKD", "NZ", "NZD",
            "S", "SGD");

    /** The keys of {@link #CURRENCY_SYMBOLS}, all single characters, as one string to search. */
    static final String CURRENCY_SYMBOL_CHARS = String.join("", CURRENCY_SYMBOLS.keySet());

    /**
     * True for a character of {@link #CURRENCY_SYMBOL_CHARS}. Asked of every punctuation token, so
     * ASCII, where only "$" is one, is answered without a search.
     */
    static boolean isCurrencySymbol(char c) {
        return c < 128 ? c == '$' : CURRENCY_SYMBOL_CHARS.indexOf(c) >= 0;
    }

    /** The currency codes of {@link #CURRENCY_SYMBOL_CHARS}, in the same order. */
    private static final String[] CURRENCY_SYMBOL_CODES = currencySymbolCodes();

    /**
     * {@link #DOLLAR_PREFIXES} by their lower-case form, which is a vocabulary word: a token's
     * {@link KnownWord} leads to the one spelling it has to have, so no token text is copied.
     */
    private static final Map<String, String> DOLLAR_PREFIXES_BY_LOWER = dollarPrefixesByLower();

    static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollars", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("pounds", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"), Map.entry("rupees", "INR"),
            Map.entry("usd", "USD"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"),
            Map.entry("chf", "CHF"), Map.entry("cny", "CNY"), Map.entry("rub", "RUB"));

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1),
            Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** Words after which a bare four-digit number reads as a year: "in 2008", "since 2014". */
    static final Set<String> YEAR_CONTEXT = Set.of(
            "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "between",
            "and", "to", "year", "early", "late", "mid", "circa", "the", "fiscal", "spring", "summer",
            "autumn", "fall", "winter", "through", "throughout", "around", "for", "than", "year-end", "with", "a", "an",
            "versus", "vs");

    static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    /**
     * The value of number words joined by hyphens, read from {@code text[start, end)}:
     * "twenty-five" 25, "eight-hundred" 800, "fifty-six-million" 56000000,
     * "one-hundred-seventy-million" 170000000; -1 unless every part is a number or scale word and
     * there are at least two. Units after tens ("twenty-five") must be below ten.
     */
    static long hyphenated(String text, int start, int end) {
        long total = 0;
        long current = 0;
        int parts = 0;
        int previous = 0;
        for (int from = start; from < end; parts++) {
            int hyphen = text.indexOf('-', from);
            int to = hyphen < 0 || hyphen >= end ? end : hyphen;
            String part = text.substring(from, to).toLowerCase(Locale.ROOT);
            Integer small = SMALL.get(part);
            Integer scale = SCALE_WORDS.get(part);
            if ("hundred".equals(part) && current > 0) {
                current *= 100;
            } else if (scale != null && current > 0) {
                total += current * (long) Math.pow(10, scale);
                current = 0;
            } else if (small != null && !"dozen".equals(part)
                    && (previous == 0 || previous >= 20 && previous % 10 == 0 && small < 10 || previous == 100)) {
                current += small;
            } else {
                return -1;
            }
            previous = small != null && !"hundred".equals(part) ? small : 100;
            from = to + 1;
        }
        return parts >= 2 ? total + current : -1;
    }

    private NumberWords() {
    }

    private static String[] currencySymbolCodes() {
        String[] codes = new String[CURRENCY_SYMBOL_CHARS.length()];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = CURRENCY_SYMBOLS.get(CURRENCY_SYMBOL_CHARS.substring(c, c + 1));
        }
        return codes;
    }

    private static Map<String, String> dollarPrefixesByLower() {
        Map<String, String> byLower = new HashMap<>();
        for (String prefix : DOLLAR_PREFIXES.keySet()) {
            byLower.put(prefix.toLowerCase(Locale.ROOT), prefix);
        }
        return Map.copyOf(byLower);
    }

    /** The code of the currency symbol token {@code k} ("$" is "USD"), or null for any other token. */
    static String currencyOfSymbol(Tokens tokens, int k) {
        if (tokens.length(k) != 1) {
            return null;
        }
        int c = CURRENCY_SYMBOL_CHARS.indexOf(tokens.text().charAt(tokens.start(k)));
        return c < 0 ? null : CURRENCY_SYMBOL_CODES[c];
    }

    /** The code of the dollar that word token {@code k} is spelled as a prefix of ("US" is "USD"), or null. */
    static String currencyOfDollarPrefix(Tokens tokens, int k) {
        String lower = tokens.lower(k);
        String prefix = lower == null ? null : DOLLAR_PREFIXES_BY_LOWER.get(lower);
        return prefix != null && tokens.textIs(k, prefix) ? DOLLAR_PREFIXES.get(prefix) : null;
    }

    /** The power of ten a scale word or suffix multiplies by, or null when {@code lower} is neither. */
    static Integer scalePower(String lower) {
        return lower == null ? null : SCALE_WORDS.getOrDefault(lower, SCALE_SUFFIXES.get(lower));
    }

    /**
     * Whether the number token {@code k} is read as a quantity: the tokenizer only cuts digits
     * with "," before groups of three and at most one "." followed by digits, which always make
     * a number, so only the length decides.
     */
    static boolean isUsable(Tokens tokens, int k) {
        return tokens.length(k) <= Tokenizer.MAX_NUMBER_LENGTH;
    }

    /** The value of a token made of ASCII digits only, or -1 for any other token. */
    static int digitsValue(Tokens tokens, int k) {
        String text = tokens.text();
        int value = 0;
        for (int c = tokens.start(k); c < tokens.end(k); c++) {
            if (!Tokenizer.isAsciiDigit(text.charAt(c))) {
                return -1;
            }
            value = value * 10 + text.charAt(c) - '0';
        }
        return value;
    }

    /** Normalises a value as {@link #formatNumber} does; kept for the arithmetic of year spans. */
    static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * The value of a number token ("1,250.50") times ten to the {@code power}, written as
     * {@link #format} writes it: no group commas, leading zeros or trailing zeros after the point.
     */
    static String formatNumber(String text, int start, int end, int power) {
        return format(new BigDecimal(text.substring(start, end).replace(",", "")).scaleByPowerOfTen(power));
    }

    /** {@code value} times ten to the {@code power}, written out as {@link #formatNumber} would. */
    static String formatWhole(int value, int power) {
        return format(BigDecimal.valueOf(value).scaleByPowerOfTen(power));
    }

    /** Compares two values written by {@link #formatNumber} as the numbers they are. */
    static int compare(String a, String b) {
        return new BigDecimal(a).compareTo(new BigDecimal(b));
    }
}

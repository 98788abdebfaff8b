package factcheck.extraction;

import java.math.BigDecimal;
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

    /** Scale words written as separate words: "10 million". */
    static final Map<String, BigDecimal> SCALE_WORDS = Map.of(
            "thousand", BigDecimal.valueOf(1_000L), "million", BigDecimal.valueOf(1_000_000L),
            "billion", BigDecimal.valueOf(1_000_000_000L), "trillion", BigDecimal.valueOf(1_000_000_000_000L),
            "mn", BigDecimal.valueOf(1_000_000L), "bn", BigDecimal.valueOf(1_000_000_000L),
            "tn", BigDecimal.valueOf(1_000_000_000_000L));

    /** Scale suffixes glued to a number: "1.2bn", "5m", "20k". Single letters only count when glued. */
    static final Map<String, BigDecimal> SCALE_SUFFIXES = Map.of(
            "k", BigDecimal.valueOf(1_000L), "m", BigDecimal.valueOf(1_000_000L),
            "mn", BigDecimal.valueOf(1_000_000L), "b", BigDecimal.valueOf(1_000_000_000L),
            "bn", BigDecimal.valueOf(1_000_000_000L), "tn", BigDecimal.valueOf(1_000_000_000_000L),
            "trn", BigDecimal.valueOf(1_000_000_000_000L));

    static final Map<String, String> CURRENCY_SYMBOLS = Map.of(
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR", "₽", "RUB", "₩", "KRW");

    /** Letters glued before "$": "US$5m", "A$20". */
    static final Map<String, String> DOLLAR_PREFIXES = Map.of(
            "US", "USD", "A", "AUD", "AU", "AUD", "C", "CAD", "CA", "CAD", "HK", "HKD", "NZ", "NZD",
            "S", "SGD");

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
            "autumn", "fall", "winter", "through", "throughout", "around", "for", "than", "year-end");

    static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private NumberWords() {
    }

    /**
     * Whether {@link #parse} reads the number token {@code k}: the tokenizer only cuts digits
     * with "," before groups of three and at most one "." followed by digits, which always parse,
     * so only the length decides.
     */
    static boolean isUsable(Tokens tokens, int k) {
        return tokens.length(k) <= Tokenizer.MAX_NUMBER_LENGTH;
    }

    /** Plain decimal value of a usable number token (see {@link #isUsable}). */
    static BigDecimal parse(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * {@code format(parse(text[start, end)))} for a usable number token, written out without a
     * {@code BigDecimal}: most numbers are read without a scale word, and parsing and formatting
     * each through {@code BigDecimal} was a measurable share of extraction. Drops the group
     * commas, the leading zeros of the whole part (keeping one digit) and the trailing zeros of
     * the fraction (and its point when nothing is left of it).
     */
    static String formatNumber(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        int point = end;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                point = i;
                break;
            }
            if (c != ',' && (c != '0' || !b.isEmpty())) {
                b.append(c);
            }
        }
        if (b.isEmpty()) {
            b.append('0');
        }
        int fractionEnd = end;
        while (fractionEnd > point + 1 && text.charAt(fractionEnd - 1) == '0') {
            fractionEnd--;
        }
        if (fractionEnd > point + 1) {
            b.append(text, point, fractionEnd);
        }
        return b.toString();
    }
}

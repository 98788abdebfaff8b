package factcheck.extraction;

import java.math.BigDecimal;

/**
 * Reads ranges: "between 10 and 20 people", "10-20 people", "5.25%-5.5%", "$1-2 billion",
 * "0.39 to 0.62" and year spans ("2014–2016", "2014-16", "between 2013 and 2015").
 * A range needs its lower bound below its upper bound, so vote tallies and scores ("70-29",
 * "3-1") stay two numbers, and "from 5% to 7%" is a change rather than a range unless both
 * ends are years.
 */
final class RangeReader {

    private static final String DASHES = "–—";
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;

    /**
     * One end of a range: its tokens, amount, and the currency or percent sign written with it.
     * The amount's value is only worked out once both ends are found and connected.
     */
    private record Bound(int first, FigureReader.Scaled amount, int last, String currency, boolean percent) {

        int number() {
            return amount.number();
        }

        int amountLast() {
            return amount.last();
        }

        BigDecimal value() {
            return amount.value();
        }

        boolean scaled() {
            return amountLast() > number();
        }
    }

    private RangeReader() {
    }

    static QuantityParser.Match read(Tokens tokens, int i) {
        boolean between = tokens.isWord(i) && tokens.lower(i).equals("between");
        Bound lower = bound(tokens, between ? i + 1 : i);
        if (lower == null || lower.last() + 2 >= tokens.size()) {
            return null;
        }
        int connector = lower.last() + 1;
        Bound upper = bound(tokens, lower.last() + 2);
        if (upper == null || !connects(tokens, connector, lower.last() + 2, between)) {
            return null;
        }
        BigDecimal low = lower.scaled() || !upper.scaled() ? lower.value() : scaleLike(lower.value(), tokens, upper);
        BigDecimal high = upper.value();
        boolean shortYear = tokens.length(upper.first()) == 2;
        boolean years = isYear(tokens, lower.first(), lower)
                && (shortYear || isYear(tokens, upper.first(), upper));
        if (years && shortYear) {
            high = low.subtract(low.remainder(BigDecimal.valueOf(100))).add(high);
        }
        boolean change = i > 0 && tokens.is(i - 1, "from") && tokens.is(connector, "to");
        if (low.compareTo(high) >= 0 || change && !years) {
            return null;
        }
        String currency = lower.currency() != null ? lower.currency() : upper.currency();
        if (lower.currency() != null && upper.currency() != null && !lower.currency().equals(upper.currency())) {
            return null;
        }
        int last = upper.last();
        String unit;
        if (lower.percent() || upper.percent()) {
            unit = QuantityParser.PERCENT;
        } else if (currency != null) {
            unit = currency;
        } else {
            QuantityParser.Match suffix = FigureReader.withSuffix(tokens, upper.number(), upper.amountLast(), "");
            boolean unitFollows = suffix != null && suffix.unit() != null;
            if (years && !unitFollows) {
                unit = QuantityParser.DATE;
            } else {
                unit = unitFollows ? suffix.unit() : null;
                last = unitFollows ? suffix.last() : last;
            }
        }
        return new QuantityParser.Match(i, last, NumberWords.format(low), unit, NumberWords.format(high));
    }

    /** "and" after "between"; otherwise "to", an en or em dash, or a hyphen written without spaces. */
    private static boolean connects(Tokens tokens, int connector, int upperStart, boolean between) {
        if (between) {
            return tokens.is(connector, "and");
        }
        if (tokens.is(connector, "to") || tokens.isOneOf(connector, DASHES)) {
            return true;
        }
        return tokens.is(connector, "-") && !tokens.spaced(connector) && !tokens.spaced(upperStart);
    }

    private static Bound bound(Tokens tokens, int k) {
        if (k >= tokens.size()) {
            return null;
        }
        int first = k;
        String currency = null;
        if (tokens.isSymbol(k) && NumberWords.CURRENCY_SYMBOLS.containsKey(tokens.text(k))) {
            currency = NumberWords.CURRENCY_SYMBOLS.get(tokens.text(k));
            k++;
        } else if (k + 1 < tokens.size() && tokens.is(k + 1, "$") && tokens.isWord(k)
                && NumberWords.DOLLAR_PREFIXES.containsKey(tokens.text(k))) {
            currency = NumberWords.DOLLAR_PREFIXES.get(tokens.text(k));
            k += 2;
        }
        if (k >= tokens.size() || !tokens.isNumber(k)) {
            return null;
        }
        FigureReader.Scaled amount = FigureReader.scaled(tokens, k);
        if (amount == null) {
            return null;
        }
        int last = amount.last();
        boolean percent = last + 1 < tokens.size() && tokens.is(last + 1, "%");
        return new Bound(first, amount, percent ? last + 1 : last, currency, percent);
    }

    /** "10-20 million": the lower bound takes the upper bound's scale word. */
    private static BigDecimal scaleLike(BigDecimal value, Tokens tokens, Bound upper) {
        String scale = tokens.lower(upper.amountLast());
        BigDecimal factor = NumberWords.SCALE_WORDS.getOrDefault(scale, NumberWords.SCALE_SUFFIXES.get(scale));
        return factor == null ? value : value.multiply(factor);
    }

    private static boolean isYear(Tokens tokens, int token, Bound bound) {
        if (bound.currency() != null || bound.percent() || bound.scaled() || tokens.length(token) != 4) {
            return false;
        }
        BigDecimal value = bound.value();
        int year = value.intValue();
        return year >= MIN_YEAR && year <= MAX_YEAR && value.scale() <= 0;
    }
}

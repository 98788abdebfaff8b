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
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One end of a range: its first token, its number token, the last token of the amount (the
     * number or its scale word), and the currency or percent sign written with it.
     */
    private record Bound(int first, int number, int amountLast, String currency, boolean percent) {

        int last() {
            return percent ? amountLast + 1 : amountLast;
        }

        boolean scaled() {
            return amountLast > number;
        }
    }

    private RangeReader() {
    }

    static QuantityParser.Match read(Tokens tokens, int i) {
        boolean between = "between".equals(tokens.lower(i));
        int lowerFirst = between ? i + 1 : i;
        // Most numbers start no range: the bounds are only built once both are there and connected.
        int lowerLast = lastOfBound(tokens, lowerFirst);
        if (lowerLast < 0 || lowerLast + 2 >= tokens.size()) {
            return null;
        }
        int connector = lowerLast + 1;
        // The connector first: most numbers are followed by none, and the upper bound costs more.
        if (!connects(tokens, connector, lowerLast + 2, between) || lastOfBound(tokens, lowerLast + 2) < 0) {
            return null;
        }
        Bound lower = bound(tokens, lowerFirst);
        Bound upper = bound(tokens, lowerLast + 2);
        // "10-20 million": the lower bound takes the upper bound's scale word.
        Bound scale = lower.scaled() ? lower : upper;
        String low = NumberWords.formatNumber(tokens.text(), tokens.start(lower.number()), tokens.end(lower.number()),
                FigureReader.scalePower(tokens, scale.number(), scale.amountLast()));
        String high = FigureReader.formatAmount(tokens, upper.number(), upper.amountLast());
        boolean shortYear = tokens.length(upper.first()) == 2;
        boolean years = isYear(tokens, lower) && (shortYear || isYear(tokens, upper));
        if (years && shortYear) {
            // "2014-16": the upper year is in the lower year's century.
            BigDecimal lowValue = new BigDecimal(low);
            high = NumberWords.format(lowValue.subtract(lowValue.remainder(HUNDRED)).add(new BigDecimal(high)));
        }
        boolean change = i > 0 && tokens.is(i - 1, "from") && tokens.is(connector, "to");
        if (NumberWords.compare(low, high) >= 0 || change && !years) {
            return null;
        }
        String currency = lower.currency() != null ? lower.currency() : upper.currency();
        if (lower.currency() != null && upper.currency() != null && !lower.currency().equals(upper.currency())) {
            return null;
        }
        int last = upper.last();
        String unit;
        if (lower.percent() || upper.percent()) {
            unit = QuantityKind.PERCENT;
        } else if (currency != null) {
            unit = currency;
        } else {
            QuantityParser.Match suffix = FigureReader.withSuffix(tokens, upper.number(), upper.amountLast(), "");
            boolean unitFollows = suffix != null && suffix.unit() != null;
            if (years && !unitFollows) {
                unit = QuantityKind.DATE_UNIT;
            } else {
                unit = unitFollows ? suffix.unit() : null;
                last = unitFollows ? suffix.last() : last;
            }
        }
        return new QuantityParser.Match(i, last, low, unit, high);
    }

    /** "and" after "between"; otherwise "to", an en or em dash, or a hyphen written without spaces. */
    private static boolean connects(Tokens tokens, int connector, int upperStart, boolean between) {
        if (between) {
            return tokens.is(connector, "and");
        }
        if (tokens.is(connector, "to") || tokens.isOneOf(connector, DASHES)) {
            return true;
        }
        return tokens.isOneOf(connector, "-") && !tokens.spaced(connector) && !tokens.spaced(upperStart);
    }

    /** The last token of the bound that starts at {@code k}, as {@link #bound} reads it, or -1 for none. */
    private static int lastOfBound(Tokens tokens, int k) {
        int number = numberOfBound(tokens, k);
        int amountLast = number < 0 ? -1 : FigureReader.lastOfAmount(tokens, number);
        if (amountLast < 0) {
            return -1;
        }
        return percentFollows(tokens, amountLast) ? amountLast + 1 : amountLast;
    }

    /** The bound that starts at {@code k}; only called where {@link #lastOfBound} found one. */
    private static Bound bound(Tokens tokens, int k) {
        String currency = currency(tokens, k);
        int number = numberOfBound(tokens, k);
        int amountLast = FigureReader.lastOfAmount(tokens, number);
        return new Bound(k, number, amountLast, currency, percentFollows(tokens, amountLast));
    }

    /** The number token of a bound starting at {@code k}, after its currency sign if any, or -1. */
    private static int numberOfBound(Tokens tokens, int k) {
        if (k >= tokens.size()) {
            return -1;
        }
        int number = currency(tokens, k) == null ? k : tokens.isSymbol(k) ? k + 1 : k + 2;
        return number < tokens.size() && tokens.isNumber(number) ? number : -1;
    }

    /** The currency of the sign at {@code k}: a symbol ("$5") or a prefix glued to "$" ("US$5"), or null. */
    private static String currency(Tokens tokens, int k) {
        String symbol = NumberWords.currencyOfSymbol(tokens, k);
        if (symbol != null) {
            return symbol;
        }
        boolean dollarFollows = k + 1 < tokens.size() && tokens.isOneOf(k + 1, "$");
        return dollarFollows ? NumberWords.currencyOfDollarPrefix(tokens, k) : null;
    }

    private static boolean percentFollows(Tokens tokens, int amountLast) {
        return amountLast + 1 < tokens.size() && tokens.isOneOf(amountLast + 1, "%");
    }

    /** An unscaled four-digit whole number from 1800 to 2100 written without currency or percent sign. */
    private static boolean isYear(Tokens tokens, Bound bound) {
        return bound.currency() == null && !bound.percent() && !bound.scaled()
                && DateReader.year4(tokens, bound.number(), MIN_YEAR, MAX_YEAR) > 0;
    }
}

package factcheck.extraction;

/**
 * Recognises dates: "March 2024" (2024-03), "5 March 2024" and "March 5, 2024" (2024-03-05),
 * decades ("1990s") and bare years. A bare four-digit number only reads as a year between
 * 1800 and 2100 and after a word such as "in" or "since", and not when it counts people.
 */
final class DateReader {

    private DateReader() {
    }

    static QuantityParser.Match read(Tokens tokens, int i) {
        if (tokens.isCapitalised(i) && NumberWords.MONTHS.containsKey(tokens.lower(i))) {
            return monthFirst(tokens, i, NumberWords.MONTHS.get(tokens.lower(i)));
        }
        if (!tokens.isNumber(i)) {
            return null;
        }
        QuantityParser.Match dayFirst = dayFirst(tokens, i);
        return dayFirst != null ? dayFirst : year(tokens, i);
    }

    private static QuantityParser.Match monthFirst(Tokens tokens, int i, int month) {
        int k = skipAbbreviationDot(tokens, i + 1);
        int day = day(tokens, k);
        if (day > 0) {
            int y = skipOrdinal(tokens, k + 1);
            if (y < tokens.size() && tokens.is(y, ",")) {
                y++;
            }
            int year = year4(tokens, y, 1000, 2999);
            return year > 0 ? new QuantityParser.Match(i, y, iso(year, month, day), QuantityParser.DATE) : null;
        }
        int year = year4(tokens, k, 1000, 2999);
        return year > 0 ? new QuantityParser.Match(i, k, iso(year, month, 0), QuantityParser.DATE) : null;
    }

    private static QuantityParser.Match dayFirst(Tokens tokens, int i) {
        int day = day(tokens, i);
        if (day == 0) {
            return null;
        }
        int k = skipOrdinal(tokens, i + 1);
        if (k < tokens.size() && tokens.is(k, "of")) {
            k++;
        }
        if (k >= tokens.size() || !tokens.isCapitalised(k)) {
            return null;
        }
        Integer month = NumberWords.MONTHS.get(tokens.lower(k));
        if (month == null) {
            return null;
        }
        int y = skipAbbreviationDot(tokens, k + 1);
        if (y < tokens.size() && tokens.is(y, ",")) {
            y++;
        }
        int year = year4(tokens, y, 1000, 2999);
        return year > 0 ? new QuantityParser.Match(i, y, iso(year, month, day), QuantityParser.DATE) : null;
    }

    private static QuantityParser.Match year(Tokens tokens, int i) {
        int year = year4(tokens, i, 1800, 2100);
        if (year == 0) {
            return null;
        }
        int next = i + 1;
        boolean hasNext = next < tokens.size();
        if (hasNext && !tokens.spaced(next) && tokens.is(next, "s")) {
            return new QuantityParser.Match(i, i + 1, year + "s", QuantityParser.DATE);
        }
        if (hasNext && !tokens.spaced(next) && tokens.isWord(next) || !hasYearContext(tokens, i)) {
            return null;
        }
        boolean isAmount = hasNext && (tokens.is(next, "%") || NumberWords.SCALE_WORDS.containsKey(tokens.lower(next)));
        UnitResolver.Unit unit = UnitResolver.resolve(tokens, i + 1, false);
        boolean countsPeople = unit != null && UnitResolver.PEOPLE.equals(unit.name());
        if (isAmount || countsPeople) {
            return null;
        }
        return new QuantityParser.Match(i, i, String.valueOf(year), QuantityParser.DATE);
    }

    private static boolean hasYearContext(Tokens tokens, int i) {
        if (i == 0) {
            return false;
        }
        int prev = i - 1;
        if (tokens.is(prev, "(")) {
            return true;
        }
        if (tokens.is(prev, "-") && i > 1) {
            prev = i - 2;
        }
        return tokens.isWord(prev) && NumberWords.YEAR_CONTEXT.contains(tokens.lower(prev));
    }

    /** A number token of one or two characters is all digits: points and commas need digits after them. */
    private static int day(Tokens tokens, int k) {
        if (k >= tokens.size() || !tokens.isNumber(k) || tokens.length(k) > 2) {
            return 0;
        }
        int day = digitsValue(tokens, k);
        return day >= 1 && day <= 31 ? day : 0;
    }

    private static int year4(Tokens tokens, int k, int min, int max) {
        if (k >= tokens.size() || !tokens.isNumber(k) || tokens.length(k) != 4) {
            return 0;
        }
        int year = digitsValue(tokens, k);
        return year >= min && year <= max ? year : 0;
    }

    /** The value of a token made of ASCII digits only, or -1 for any other token. */
    private static int digitsValue(Tokens tokens, int k) {
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

    private static int skipAbbreviationDot(Tokens tokens, int k) {
        return k < tokens.size() && tokens.is(k, ".") && !tokens.spaced(k) ? k + 1 : k;
    }

    private static int skipOrdinal(Tokens tokens, int k) {
        boolean ordinal = k < tokens.size() && !tokens.spaced(k) && tokens.isWord(k)
                && NumberWords.ORDINAL_SUFFIXES.contains(tokens.lower(k));
        return ordinal ? k + 1 : k;
    }

    private static String iso(int year, int month, int day) {
        StringBuilder date = new StringBuilder(10);
        pad(date, year, 4).append('-');
        pad(date, month, 2);
        if (day > 0) {
            pad(date.append('-'), day, 2);
        }
        return date.toString();
    }

    /** Appends a non-negative number zero-padded to {@code width} digits, as {@code %0<width>d} would. */
    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            b.append('0');
        }
        return b.append(digits);
    }
}

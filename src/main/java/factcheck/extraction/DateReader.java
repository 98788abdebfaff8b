package factcheck.extraction;

import java.util.List;

/**
 * Recognises dates: "March 2024" (2024-03), "5 March 2024" and "March 5, 2024" (2024-03-05),
 * decades ("1990s") and bare years. A bare four-digit number only reads as a year between
 * 1800 and 2100 and after a word such as "in" or "since", and not when it counts people.
 */
final class DateReader {

    private DateReader() {
    }

    static QuantityParser.Match read(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isCapitalised() && NumberWords.MONTHS.containsKey(t.lower())) {
            return monthFirst(tokens, i, NumberWords.MONTHS.get(t.lower()));
        }
        if (!t.isNumber()) {
            return null;
        }
        QuantityParser.Match dayFirst = dayFirst(tokens, i);
        return dayFirst != null ? dayFirst : year(tokens, i);
    }

    private static QuantityParser.Match monthFirst(List<Token> tokens, int i, int month) {
        int k = skipAbbreviationDot(tokens, i + 1);
        int day = day(tokens, k);
        if (day > 0) {
            int y = skipOrdinal(tokens, k + 1);
            if (y < tokens.size() && tokens.get(y).is(",")) {
                y++;
            }
            int year = year4(tokens, y, 1000, 2999);
            return year > 0 ? new QuantityParser.Match(i, y, iso(year, month, day), QuantityParser.DATE) : null;
        }
        int year = year4(tokens, k, 1000, 2999);
        return year > 0 ? new QuantityParser.Match(i, k, iso(year, month, 0), QuantityParser.DATE) : null;
    }

    private static QuantityParser.Match dayFirst(List<Token> tokens, int i) {
        int day = day(tokens, i);
        if (day == 0) {
            return null;
        }
        int k = skipOrdinal(tokens, i + 1);
        if (k < tokens.size() && tokens.get(k).is("of")) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).isCapitalised()) {
            return null;
        }
        Integer month = NumberWords.MONTHS.get(tokens.get(k).lower());
        if (month == null) {
            return null;
        }
        int y = skipAbbreviationDot(tokens, k + 1);
        if (y < tokens.size() && tokens.get(y).is(",")) {
            y++;
        }
        int year = year4(tokens, y, 1000, 2999);
        return year > 0 ? new QuantityParser.Match(i, y, iso(year, month, day), QuantityParser.DATE) : null;
    }

    private static QuantityParser.Match year(List<Token> tokens, int i) {
        int year = year4(tokens, i, 1800, 2100);
        if (year == 0) {
            return null;
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (next != null && !next.spaced() && next.is("s")) {
            return new QuantityParser.Match(i, i + 1, year + "s", QuantityParser.DATE);
        }
        if (next != null && !next.spaced() && next.isWord() || !hasYearContext(tokens, i)) {
            return null;
        }
        boolean isAmount = next != null && (next.is("%") || NumberWords.SCALE_WORDS.containsKey(next.lower()));
        UnitResolver.Unit unit = UnitResolver.resolve(tokens, i + 1, false);
        boolean countsPeople = unit != null && UnitResolver.PEOPLE.equals(unit.name());
        if (isAmount || countsPeople) {
            return null;
        }
        return new QuantityParser.Match(i, i, String.valueOf(year), QuantityParser.DATE);
    }

    private static boolean hasYearContext(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.is("(")) {
            return true;
        }
        if (prev.is("-") && i > 1) {
            prev = tokens.get(i - 2);
        }
        return prev.isWord() && NumberWords.YEAR_CONTEXT.contains(prev.lower());
    }

    private static int day(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isNumber() || tokens.get(k).text().length() > 2) {
            return 0;
        }
        int day = Integer.parseInt(tokens.get(k).text());
        return day >= 1 && day <= 31 ? day : 0;
    }

    private static int year4(List<Token> tokens, int k, int min, int max) {
        if (k >= tokens.size() || !tokens.get(k).isNumber() || tokens.get(k).text().length() != 4) {
            return 0;
        }
        String digits = tokens.get(k).text();
        if (!digits.chars().allMatch(Tokenizer::isAsciiDigit)) {
            return 0;
        }
        int year = Integer.parseInt(digits);
        return year >= min && year <= max ? year : 0;
    }

    private static int skipAbbreviationDot(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).is(".") && !tokens.get(k).spaced() ? k + 1 : k;
    }

    private static int skipOrdinal(List<Token> tokens, int k) {
        boolean ordinal = k < tokens.size() && !tokens.get(k).spaced() && tokens.get(k).isWord()
                && NumberWords.ORDINAL_SUFFIXES.contains(tokens.get(k).lower());
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

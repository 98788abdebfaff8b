package factcheck.extraction;

import java.util.Locale;

/**
 * Recognises dates: "March 2024" (2024-03), "5 March 2024" and "March 5, 2024" (2024-03-05),
 * decades ("1990s") and bare years. A bare four-digit number only reads as a year between
 * 1800 and 2100 and after a word such as "in" or "since", and not when it counts people.
 */
final class DateReader {

    private DateReader() {
    }

    static QuantityParser.Match read(Tokens tokens, int i) {
        Integer month = tokens.isCapitalised(i) ? month(tokens, i) : null;
        if (month != null) {
            return monthFirst(tokens, i, month);
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
            if (y < tokens.size() && tokens.isOneOf(y, ",")) {
                y++;
            }
            int year = year4(tokens, y, 1000, 2999);
            return year > 0 ? new QuantityParser.Match(i, y, iso(year, month, day), QuantityKind.DATE_UNIT) : null;
        }
        int year = year4(tokens, k, 1000, 2999);
        return year > 0 ? new QuantityParser.Match(i, k, iso(year, month, 0), QuantityKind.DATE_UNIT) : null;
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
        Integer month = month(tokens, k);
        if (month == null) {
            return null;
        }
        int y = skipAbbreviationDot(tokens, k + 1);
        if (y < tokens.size() && tokens.isOneOf(y, ",")) {
            y++;
        }
        int year = year4(tokens, y, 1000, 2999);
        return year > 0 ? new QuantityParser.Match(i, y, iso(year, month, day), QuantityKind.DATE_UNIT) : null;
    }

    private static QuantityParser.Match year(Tokens tokens, int i) {
        int year = year4(tokens, i, 1800, 2100);
        if (year == 0) {
            return null;
        }
        int next = i + 1;
        boolean hasNext = next < tokens.size();
        if (hasNext && !tokens.spaced(next) && tokens.is(next, "s")) {
            return new QuantityParser.Match(i, i + 1, year + "s", QuantityKind.DATE_UNIT);
        }
        if (hasNext && !tokens.spaced(next) && tokens.isWord(next) || !hasYearContext(tokens, i)) {
            return null;
        }
        boolean isAmount = hasNext && (tokens.isOneOf(next, "%") || isScaleWord(tokens, next));
        UnitResolver.Unit unit = UnitResolver.resolve(tokens, i + 1, false);
        boolean countsPeople = unit != null && UnitResolver.PEOPLE.equals(unit.name());
        if (isAmount || countsPeople) {
            return null;
        }
        return new QuantityParser.Match(i, i, String.valueOf(year), QuantityKind.DATE_UNIT);
    }

    private static boolean hasYearContext(Tokens tokens, int i) {
        if (i == 0) {
            return false;
        }
        int prev = i - 1;
        if (tokens.isOneOf(prev, "(")) {
            return true;
        }
        if (tokens.isOneOf(prev, "-") && i > 1) {
            prev = i - 2;
        }
        return tokens.in(prev, WordList.YEAR_CONTEXT);
    }

    /** A number token of one or two characters is all digits: points and commas need digits after them. */
    private static int day(Tokens tokens, int k) {
        if (k >= tokens.size() || !tokens.isNumber(k) || tokens.length(k) > 2) {
            return 0;
        }
        int day = NumberWords.digitsValue(tokens, k);
        return day >= 1 && day <= 31 ? day : 0;
    }

    /** The year written as four digits at token {@code k} if it is from {@code min} to {@code max}, else 0. */
    static int year4(Tokens tokens, int k, int min, int max) {
        if (k >= tokens.size() || !tokens.isNumber(k) || tokens.length(k) != 4) {
            return 0;
        }
        int year = NumberWords.digitsValue(tokens, k);
        return year >= min && year <= max ? year : 0;
    }

    private static int skipAbbreviationDot(Tokens tokens, int k) {
        return k < tokens.size() && tokens.isOneOf(k, ".") && !tokens.spaced(k) ? k + 1 : k;
    }

    private static int skipOrdinal(Tokens tokens, int k) {
        boolean ordinal = k < tokens.size() && !tokens.spaced(k) && tokens.in(k, WordList.ORDINAL_SUFFIX);
        return ordinal ? k + 1 : k;
    }

    /** "2024-03" or "2024-03-05": the year has four digits, as {@link #year4} only reads those. */
    private static String iso(int year, int month, int day) {
        return day == 0 ? String.format(Locale.ROOT, "%04d-%02d", year, month)
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }


    /** The month a month name or abbreviation stands for, or null. Months are vocabulary words. */
    private static Integer month(Tokens tokens, int k) {
        return tokens.figureWord(k).month();
    }

    private static boolean isScaleWord(Tokens tokens, int k) {
        return tokens.figureWord(k).scale() != null;
    }
}

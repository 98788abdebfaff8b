package factcheck.arithmetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a whole stated three ways at once: "312 of the 1,250 students, or 25 %", "312 out of 1,250
 * (one in four)", "312, or a quarter, of the 1,250", "one in four students (312 of 1,250)".
 */
final class ShareCheck implements RelationCheck {

    private static final String SHARE = "(?<share>" + ShareWords.RATIO + "|" + ShareWords.FRACTION + "|{p})";
    /** The share ends its phrase: "or 25 % of the vote" is a share of something else. */
    private static final String END = "(?=\\s*(?:[),;:.–—]|$)| of (?:the )?(?:total|whole|all)\\b)";

    private static final List<Pattern> PHRASINGS = List.of(
            // "312 of the 1,250 students, or 25%", "312 out of 1,250 (one in four)"
            Patterns.compile("{x}{words} (?:of|out of) (?:the |all |a total of )?{y}{words}"
                    + "(?:,? or |\\s*\\(\\s*(?:or )?|\\s*[–—]\\s*){hedge}" + SHARE + END),
            // "Of the 1,250 students, 312, or 25%, passed", "Of 400 asked, 100 said yes (25%)"
            Patterns.compile("\\bof (?:the |all )?{y}{words}, {x}{words},? (?:or |\\(\\s*(?:or )?){hedge}" + SHARE
                    + END),
            // "312, or 25%, of the 1,250 students"
            Patterns.compile("{x}{words},? or {hedge}" + SHARE + ",? of (?:the |all |a total of )?{y}"),
            // "one in four students (312 of 1,250)"
            Patterns.compile("{hedge}" + SHARE + "{words}\\s*\\(\\s*{x} (?:of|out of) (?:the |all )?{y}{words}"
                    + "\\s*\\)"));

    /** Every phrasing names the whole: "of the 1,250". */
    private static final Pattern CUE_WORDS = Patterns.cueWords("of");

    /** Every phrasing sets the share apart: ", or 25 %", "(25 %)", "– 25 % –". */
    private static final Pattern SEPARATOR = Pattern.compile("\\bor\\b|[(–—]", Pattern.CASE_INSENSITIVE);

    @Override
    public List<ArithmeticFlag> check(String text, int start, int end) {
        if (!Patterns.mentions(CUE_WORDS, text, start, end) || !SEPARATOR.matcher(text).region(start, end).find()) {
            return List.of();
        }
        List<ArithmeticFlag> flags = new ArrayList<>();
        Set<Integer> settledShares = new HashSet<>();
        for (Pattern phrasing : PHRASINGS) {
            Patterns.forEachMatch(phrasing, text, start, end, m -> {
                if (settledShares.contains(m.start("share"))) {
                    return;
                }
                Figure part = FigureReader.read(text, m, "x");
                Figure whole = FigureReader.read(text, m, "y");
                Figure percent = FigureReader.read(text, m, "p");
                if (!readable(text, m.start(), part, whole, percent)) {
                    return;
                }
                settledShares.add(m.start("share"));
                ArithmeticFlag flag = mismatch(m, part, whole, percent);
                if (flag != null) {
                    flags.add(flag);
                }
            });
        }
        return flags;
    }

    private static boolean readable(String text, int matchStart, Figure part, Figure whole, Figure percent) {
        return FigureReader.comparable(part, whole) && part.unit() == Figure.Unit.NUMBER
                && whole.range().low() > 0 && part.value() <= whole.value()
                && FigureReader.usable(text, part, matchStart)
                && FigureReader.usable(text, whole, matchStart)
                && (percent == null || percent.unit() == Figure.Unit.PERCENT);
    }

    private static ArithmeticFlag mismatch(Matcher m, Figure part, Figure whole, Figure percent) {
        Hedge hedge = Hedge.of(m.group("hedge"));
        String share = m.group("share");
        double value;
        Interval stated;
        if (percent != null) {
            value = percent.value() / 100;
            stated = percent.range().times(0.01);
        } else if (m.group("ratio") != null) {
            value = ShareWords.ratioValue(share);
            stated = ShareWords.ratioRange(share);
        } else {
            value = ShareWords.fractionValue(share);
            stated = ShareWords.fractionRange(share);
        }
        Interval computed = part.range().dividedBy(whole.range());
        if (computed.overlaps(hedge.allow(stated, value))) {
            return null;
        }
        String hedgeWords = m.group("hedge") == null ? "" : m.group("hedge").toLowerCase(Locale.ROOT) + " ";
        String expected = hedgeWords + share + (percent == null ? " (" + Written.percent(value * 100) + ")" : "");
        String message = part.text() + " / " + whole.text() + " = "
                + Written.percent(part.value() / whole.value() * 100) + ", not " + expected;
        List<Figure> figures = new ArrayList<>(List.of(part, whole));
        if (percent != null) {
            figures.add(percent);
        }
        figures.sort(Comparator.comparingInt(Figure::start));
        return new ArithmeticFlag(m.start(), m.end(), Relation.SHARE, message, figures);
    }
}

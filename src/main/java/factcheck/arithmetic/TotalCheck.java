package factcheck.arithmetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A total and the parts it is broken into: "a total of 120 arrests: 70 in Almaty and 50 in Astana", "70 in
 * Almaty and 50 in Astana, a total of 120". Only a list that closes with "and" and is tied to the total by a
 * colon, dash or bracket (or follows it as "…, a total of") counts as the whole breakdown; "including" or
 * "of whom" introduce parts that need not add up.
 */
final class TotalCheck implements RelationCheck {

    /** At most a dozen parts: a longer list is a table, and a bounded list keeps matching cheap. */
    private static final String PARTS = "(?<parts>{part}(?:,\\s*{part}){0,10},? (?:and|plus) {part})";
    /** The list is over: a figure later in the clause could be another part. */
    private static final String LIST_END = "(?=\\s*(?:[).;:]|$)|\\s*,(?![^.;]*?(?:[0-9]|\\b" + Patterns.NUMBER_WORD
            + "\\b)))";

    /** How the total is phrased; the parts come first in "70 in Almaty and 50 in Astana, a total of 120". */
    private record Phrasing(Pattern pattern, boolean partsFirst) {
    }

    private static final List<Phrasing> PHRASINGS = List.of(
            // "a total of 120 arrests: 70 in Almaty and 50 in Astana"
            new Phrasing(Patterns.compile("\\b(?<cue>a total of|totall?ing|totall?ed|a combined) {hedge}{t}{words}"
                    + "\\s*[:–—(]\\s*" + PARTS + LIST_END), false),
            // "120 arrests in all: 70 in Almaty and 50 in Astana"
            new Phrasing(Patterns.compile("{hedge}{t}{words} (?<cue>in total|in all|altogether)\\s*[:–—(]\\s*" + PARTS
                    + LIST_END), false),
            // "70 in Almaty and 50 in Astana, a total of 120"
            new Phrasing(Patterns.compile(PARTS + "\\s*(?:,|[–—(])\\s*(?:(?:for|making|giving|or) )?"
                    + "(?<cue>a total of|totall?ing|in total|a combined(?: total of)?) {hedge}{t}"), true));

    private static final Pattern FIGURE = Patterns.plain(Patterns.FIGURE);

    /** Every phrasing names the total. */
    private static final Pattern CUE_WORDS = Patterns.cueWords("total|in all|altogether|combined");

    @Override
    public List<ArithmeticFlag> check(String text, int start, int end) {
        if (!Patterns.mentions(CUE_WORDS, text, start, end)) {
            return List.of();
        }
        List<ArithmeticFlag> flags = new ArrayList<>();
        Set<Integer> settledTotals = new HashSet<>();
        for (Phrasing phrasing : PHRASINGS) {
            Patterns.forEachMatch(phrasing.pattern(), text, start, end, m -> {
                if (settledTotals.contains(m.start("t"))) {
                    return;
                }
                Figure total = FigureReader.read(text, m, "t");
                List<Figure> parts = parts(text, m);
                if (!readable(text, m.start(), total, parts)
                        || phrasing.partsFirst() && FigureReader.followsPreposition(text, parts.get(0))) {
                    return;
                }
                settledTotals.add(m.start("t"));
                ArithmeticFlag flag = mismatch(text, m, total, parts);
                if (flag != null) {
                    flags.add(flag);
                }
            });
        }
        return flags;
    }

    /** The figure opening each part; years in a part ("70 in 2022") say when, not how many. */
    private static List<Figure> parts(String text, Matcher m) {
        List<Figure> parts = new ArrayList<>();
        Matcher figure = FIGURE.matcher(text).useTransparentBounds(true).region(m.start("parts"), m.end("parts"));
        while (figure.find()) {
            Figure part = FigureReader.read(text, figure.start(), figure.end());
            if (!FigureReader.isYear(part)) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The total may carry a hedge, which the check reads ("a total of more than 120"); the parts may not. */
    private static boolean readable(String text, int matchStart, Figure total, List<Figure> parts) {
        return parts.size() >= 2 && !FigureReader.isDate(text, total)
                && parts.stream().allMatch(part -> FigureReader.comparable(part, total)
                        && FigureReader.usable(text, part, matchStart));
    }

    private static ArithmeticFlag mismatch(String text, Matcher m, Figure total, List<Figure> parts) {
        Interval sum = new Interval(0, 0);
        double written = 0;
        for (Figure part : parts) {
            sum = sum.plus(part.range());
            written += part.value();
        }
        Hedge hedge = Hedge.of(m.group("hedge"));
        if (sum.overlaps(hedge.allow(total.range(), total.value()))) {
            return null;
        }
        int quoteStart = Math.min(m.start("cue"), m.group("hedge") == null ? m.start("t") : m.start("hedge"));
        int quoteEnd = Math.max(m.end("cue"), m.end("t"));
        String message = String.join(" + ", parts.stream().map(Figure::text).toList()) + " = "
                + Written.like(total, written) + ", not " + total.text() + " (\"" + text.substring(quoteStart, quoteEnd)
                + "\")";
        List<Figure> figures = new ArrayList<>(parts);
        figures.add(total);
        figures.sort(Comparator.comparingInt(Figure::start));
        return new ArithmeticFlag(m.start(), m.end(), Relation.TOTAL, message, figures);
    }
}

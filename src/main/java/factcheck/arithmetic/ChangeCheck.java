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
 * A change stated both as an amount and by its two ends: "rose 12 % from 1,000 to 1,120", "fell by 300 from
 * 1,000 to 700", "rose from 40 % to 45 %, up 5 points", "£4.5bn, up 12 % from £4bn". A percentage is
 * checked against the relative change, points against the difference of two percentages, a number or an
 * amount of money against the difference.
 */
final class ChangeCheck implements RelationCheck {

    private static final String RISE = "rose|risen|rises|rise|rising|increased|increases|increase|increasing|grew"
            + "|grown|grows|grow|growing|jumped|jumps|jump|climbed|climbs|climb|surged|soared|gained|went up|gone up"
            + "|(?:was|were|is|are) up|up(?! to\\b)";
    private static final String FALL = "fell|fallen|falls|fall|falling|dropped|drops|drop|dropping|declined|declines"
            + "|decline|declining|decreased|decreases|decrease|decreasing|shrank|shrunk|shrinks|slumped|plunged"
            + "|plummeted|tumbled|slid|sank|dipped|went down|gone down|(?:was|were|is|are) down|down|lost|cut|reduced"
            + "|contracted";
    private static final String NOUN = "(?:rise|increase|jump|gain|growth|climb|surge|fall|drop|decline|decrease"
            + "|reduction|cut|loss|slump)";
    private static final String VERB = "(?:" + RISE + "|" + FALL + ")";
    /** The amount after both ends: ", an increase of 12%", " (up 12%)", ", or 5 points". */
    private static final String AMOUNT_AFTER = "\\s*(?:,|[–—(])?\\s*(?<cue>or|(?:a|an) " + NOUN + " of|up|down)(?: by)?"
            + " {hedge}{p}";
    /**
     * A rate per period ("5 % a year from 1,000 to 1,629 in ten years") compounds, so the amount is not the
     * change between the two ends.
     */
    private static final Pattern RATE = Patterns.compile("\\b(?:(?:a|per|each|every) (?:year|month|week|day|quarter"
            + "|annum)|annually|yearly|monthly|weekly|annual|compound|average)\\b");

    private static final String FALL_WORDS = "fell|fallen|falls?|falling|drop\\w*|declin\\w*|decreas\\w*|shrank|shrunk"
            + "|shrinks?|slump\\w*|plung\\w*|plummet\\w*|tumbl\\w*|slid|sank|dipped|down|lost|loss|cut|reduc\\w*"
            + "|contract\\w*";
    private static final String RISE_WORDS = "rose|risen|rises?|rising|increas\\w*|gr[eo]w\\w*|growth|jump\\w*"
            + "|climb\\w*|surg\\w*|soar\\w*|gain\\w*|up";
    /** Words saying which way a change went; the last one before the amount decides. */
    private static final Pattern DIRECTION = Patterns.plain("\\b(?:" + FALL_WORDS + "|" + RISE_WORDS + ")\\b");
    private static final Pattern FALLING = Patterns.plain(FALL_WORDS);

    /** How a change is phrased; the subject comes first in "£4.5bn, up 12 % from £4bn". */
    private record Phrasing(Pattern pattern, boolean subjectFirst) {
    }

    private static final List<Phrasing> PHRASINGS = List.of(
            // "rose by 12% from 1,000 to 1,120", "a rise of 12% in 2023, from 1,000 to 1,120"
            new Phrasing(Patterns.compile("\\b(?<cue>" + VERB + ")(?: by| of)? {hedge}{p}{words}\\s*(?:,|[–—])?\\s*"
                    + "from (?:the )?{a}{words} to {b}"), false),
            // "rose 12% to 1,120 from 1,000"
            new Phrasing(Patterns.compile("\\b(?<cue>" + VERB + ")(?: by)? {hedge}{p}{words},? to {b}{words},?"
                    + " from (?:the )?{a}"), false),
            // "rose from 1,000 to 1,120, an increase of 12%", "fell from 40% to 35%, or 5 points"
            new Phrasing(Patterns.compile("\\b" + VERB + " from (?:the )?{a}{words} to {b}{words}" + AMOUNT_AFTER),
                    false),
            // "fell to 30% from 45%, a drop of 15 points"
            new Phrasing(Patterns.compile("\\b" + VERB + " to {b}{words},? from (?:the )?{a}{words}" + AMOUNT_AFTER),
                    false),
            // "£4.5bn, up 12% from £4bn", "2,911 cases – an increase of 12% on the 2,600"
            new Phrasing(Patterns.compile("{b}{words}\\s*(?:,|[–—])\\s*(?<cue>up|down|(?:a|an) " + NOUN + " of"
                    + "|rising|falling|increasing|decreasing|growing|dropping|declining)(?: by)? {hedge}{p}"
                    + " (?:from|on|compared (?:with|to)|against|over) (?:the )?{a}"), true));

    /** Every phrasing names where the change started: "from 1,000", "on the 2,600", "compared with 900". */
    private static final Pattern CUE_WORDS = Patterns.cueWords("from|on|compared|against|over");

    @Override
    public List<ArithmeticFlag> check(String text, int start, int end) {
        if (!Patterns.mentions(CUE_WORDS, text, start, end)) {
            return List.of();
        }
        List<ArithmeticFlag> flags = new ArrayList<>();
        Set<Integer> settledCues = new HashSet<>();
        for (Phrasing phrasing : PHRASINGS) {
            Patterns.forEachMatch(phrasing.pattern(), text, start, end, m -> {
                // Phrasings overlap ("went up 12%", "up 12%"): each cue is read once.
                if (settledCues.contains(m.end("cue"))) {
                    return;
                }
                Figure change = FigureReader.read(text, m, "p");
                Figure from = FigureReader.read(text, m, "a");
                Figure to = FigureReader.read(text, m, "b");
                if (!readable(text, m.start(), change, from, to) || RATE.matcher(m.group()).find()
                        || phrasing.subjectFirst() && FigureReader.followsPreposition(text, to)) {
                    return;
                }
                settledCues.add(m.end("cue"));
                ArithmeticFlag flag = mismatch(text, m, change, from, to);
                if (flag != null) {
                    flags.add(flag);
                }
            });
        }
        return flags;
    }

    /** Whether the change can be computed from the two ends and compared with the stated amount. */
    private static boolean readable(String text, int matchStart, Figure change, Figure from, Figure to) {
        boolean endsComparable = FigureReader.comparable(from, to) && from.unit() != Figure.Unit.POINTS
                && from.range().low() > 0 && FigureReader.usable(text, from, matchStart)
                && FigureReader.usable(text, to, matchStart)
                && !FigureReader.isDate(text, change);
        return endsComparable && switch (change.unit()) {
            case PERCENT -> true;
            case POINTS -> from.unit() == Figure.Unit.PERCENT;
            case NUMBER -> FigureReader.comparable(change, from) && FigureReader.comparable(change, to);
        };
    }

    private static ArithmeticFlag mismatch(String text, Matcher m, Figure change, Figure from, Figure to) {
        boolean falling = falling(text.substring(m.start(), m.start("p")));
        Interval allowed = Hedge.of(m.group("hedge")).allow(change.range(), change.value());
        if (falling) {
            allowed = allowed.negated();
        }
        Interval difference = to.range().minus(from.range());
        boolean percentEnds = from.unit() == Figure.Unit.PERCENT;
        boolean holds;
        String computed;
        if (change.unit() == Figure.Unit.PERCENT) {
            Interval relative = to.range().dividedBy(from.range()).minus(new Interval(1, 1)).times(100);
            // Between two percentages "rose 5 %" is often said of points: either reading passes.
            holds = relative.overlaps(allowed) || percentEnds && difference.overlaps(allowed);
            computed = relativeChange(from, to);
        } else {
            holds = difference.overlaps(allowed);
            computed = difference(change, from, to);
        }
        if (holds) {
            return null;
        }
        String hedgeWords = m.group("hedge") == null ? "" : m.group("hedge").toLowerCase(Locale.ROOT) + " ";
        String expected = hedgeWords + (falling ? Written.MINUS : "+") + change.text();
        String message = computed + ", not " + expected + " (\"" + text.substring(m.start("cue"), m.end("p")) + "\")";
        List<Figure> figures = new ArrayList<>(List.of(change, from, to));
        figures.sort(Comparator.comparingInt(Figure::start));
        Relation relation = change.unit() == Figure.Unit.NUMBER ? Relation.DIFFERENCE : Relation.PERCENT_CHANGE;
        return new ArithmeticFlag(m.start(), m.end(), relation, message, figures);
    }

    /** "(1,500 − 1,000) / 1,000 = +50%", with the difference in points between two percentages. */
    private static String relativeChange(Figure from, Figure to) {
        String points = from.unit() == Figure.Unit.PERCENT
                ? " (" + Written.signedNumber(to.value() - from.value()) + " points)" : "";
        return "(" + to.text() + " − " + from.text() + ") / " + from.text() + " = "
                + Written.signedPercent((to.value() / from.value() - 1) * 100) + points;
    }

    /** "41% − 45% = −4 points", written like the stated change. */
    private static String difference(Figure change, Figure from, Figure to) {
        return to.text() + " − " + from.text() + " = " + Written.signedLike(change, to.value() - from.value());
    }

    /** Whether the last word saying which way the change went, before the amount, says it fell. */
    private static boolean falling(String beforeAmount) {
        Matcher direction = DIRECTION.matcher(beforeAmount);
        String last = null;
        while (direction.find()) {
            last = direction.group();
        }
        return last != null && FALLING.matcher(last).matches();
    }
}
